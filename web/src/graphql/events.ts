// GraphQL documents of the Mois de l'ESS: editions, their events and
// planning (calendar, clashes, blind spots, bilan), the public programme and
// the page of one event. Session times travel as Paris wall-clock strings
// ("2026-11-05T18:00"), days as "2026-11-05".
import { gql } from "@urql/svelte";
import { CommunePageFields, TerritoryLinkFields, type CommunePage, type TerritoryKind, type TerritoryLink } from "./territories.ts";
import type { EssFamily, OrganisationLink, Sector } from "./organisations.ts";

export type EventType =
  | "FORUM" | "VISITE_DE_STRUCTURE" | "CONFERENCE_DEBAT" | "CINE_DEBAT" | "ATELIER" | "FORMATION" | "MARCHE"
  | "PORTES_OUVERTES" | "AUTRE";
export type EventStatus = "DRAFT" | "PROPOSED" | "CONFIRMED" | "CANCELLED";
export type EditionState = "UPCOMING" | "IN_PROGRESS" | "ENDED";
export type Audience = "GRAND_PUBLIC" | "PROFESSIONNELS" | "ELUS" | "SCOLAIRES" | "DEMANDEURS_EMPLOI";
export type Accessibility = "FAUTEUIL" | "LSF" | "BOUCLE_MAGNETIQUE" | "FALC";
export type CoOrganiserRole = "LEAD" | "PARTNER" | "VENUE_HOST" | "FUNDER";
export type ClashSeverity = "HARD" | "HIGH" | "MEDIUM" | "LOW";
export type ClashReasonKind = "SAME_VENUE" | "SHARED_CO_ORGANISER" | "SAME_EPCI" | "NEIGHBOURING_EPCI";

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Session {
  id: string;
  localStart: string;
  localEnd: string;
}

// ─── Editions ───────────────────────────────────────────────────────────────

export interface EditionSummary {
  id: string;
  title: string;
  year: number;
  startsOn: string;
  endsOn: string;
  networkName: string;
  viewerCanManage: boolean;
  territories: TerritoryLink[];
}

export interface EditionHeader extends EditionSummary {
  calendarPath: string;
}

export const EditionsQuery = gql<{ editions: EditionSummary[] }, Record<string, never>>`
  query Editions {
    editions {
      id
      title
      year
      startsOn
      endsOn
      networkName
      viewerCanManage
      territories {
        ...TerritoryLinkFields
      }
    }
  }
  ${TerritoryLinkFields}
`;

export const EditionHeaderQuery = gql<{ edition: EditionHeader | null }, { id: string }>`
  query EditionHeader($id: ID!) {
    edition(id: $id) {
      id
      title
      year
      startsOn
      endsOn
      networkName
      viewerCanManage
      calendarPath
      territories {
        ...TerritoryLinkFields
      }
    }
  }
  ${TerritoryLinkFields}
`;

// ─── Clashes ────────────────────────────────────────────────────────────────

export interface ClashSide {
  sessionId: string;
  localStart: string;
  event: { id: string; title: string };
}

export interface ClashReason {
  kind: ClashReasonKind;
  audiences: Audience[];
  themes: Sector[];
  organisations: OrganisationLink[];
  epci: { code: string; name: string }[];
}

export interface Clash {
  severity: ClashSeverity;
  reasons: ClashReason[];
  first: ClashSide;
  second: ClashSide;
}

export const ClashFields = gql`
  fragment ClashFields on Clash {
    severity
    reasons {
      kind
      audiences
      themes
      organisations {
        id
        name
      }
      epci {
        code
        name
      }
    }
    first {
      sessionId
      localStart
      event {
        id
        title
      }
    }
    second {
      sessionId
      localStart
      event {
        id
        title
      }
    }
  }
`;

export interface ClashPage {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { node: Clash }[];
}

export const EditionClashesQuery = gql<
  { edition: { id: string; clashes: ClashPage } | null },
  { id: string; after: string | null; severities: ClashSeverity[] | null }
>`
  query EditionClashes($id: ID!, $after: String, $severities: [ClashSeverity!]) {
    edition(id: $id) {
      id
      clashes(first: 100, after: $after, severities: $severities) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ClashFields
          }
        }
      }
    }
  }
  ${ClashFields}
`;

// ─── The planning's events ──────────────────────────────────────────────────

export interface Venue {
  venueMaison: { id: string; name: string } | null;
  venueOrganisation: { id: string; name: string } | null;
  venueAddress: string | null;
}

export interface PlanningEvent extends Venue {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  viewerCanEdit: boolean;
  commune: { code: string; name: string; epci: { code: string; name: string } | null };
  sessions: Session[];
}

export interface PlanningEventPage {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { node: PlanningEvent }[];
}

export const EditionEventsQuery = gql<
  { edition: { id: string; events: PlanningEventPage } | null },
  { id: string; after: string | null }
>`
  query EditionEvents($id: ID!, $after: String) {
    edition(id: $id) {
      id
      events(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            title
            type
            status
            viewerCanEdit
            commune {
              code
              name
              epci {
                code
                name
              }
            }
            venueMaison {
              id
              name
            }
            venueOrganisation {
              id
              name
            }
            venueAddress
            sessions {
              id
              localStart
              localEnd
            }
          }
        }
      }
    }
  }
`;

// ─── The event form ─────────────────────────────────────────────────────────

export interface EditableEvent extends Venue {
  id: string;
  version: number;
  title: string;
  type: EventType;
  status: EventStatus;
  description: string | null;
  commune: { code: string; name: string };
  audiences: Audience[];
  themes: Sector[];
  capacity: number | null;
  accessibility: Accessibility[];
  accessibilityNote: string | null;
  registrationUrl: string | null;
  sessions: Session[];
  coOrganisers: { role: CoOrganiserRole; organisation: OrganisationLink }[];
  viewerCanEdit: boolean;
  edition: { id: string; viewerCanManage: boolean };
  clashes: Clash[];
}

export const EditableEventFields = gql`
  fragment EditableEventFields on Event {
    id
    version
    title
    type
    status
    description
    venueMaison {
      id
      name
    }
    venueOrganisation {
      id
      name
    }
    venueAddress
    commune {
      code
      name
    }
    audiences
    themes
    capacity
    accessibility
    accessibilityNote
    registrationUrl
    sessions {
      id
      localStart
      localEnd
    }
    coOrganisers {
      role
      organisation {
        id
        name
      }
    }
    viewerCanEdit
    edition {
      id
      viewerCanManage
    }
    clashes {
      ...ClashFields
    }
  }
  ${ClashFields}
`;

export const EditableEventQuery = gql<{ event: EditableEvent | null }, { id: string }>`
  query EditableEvent($id: ID!) {
    event(id: $id) {
      ...EditableEventFields
    }
  }
  ${EditableEventFields}
`;

export interface VenueInput {
  maison?: string;
  organisation?: string;
  address?: string;
  commune?: string;
}

export interface EventFieldsInput {
  title?: string;
  type?: EventType;
  description?: string | null;
  venue?: VenueInput;
  audiences?: Audience[];
  themes?: Sector[];
  capacity?: number | null;
  accessibility?: Accessibility[];
  accessibilityNote?: string | null;
  registrationUrl?: string | null;
  sessions?: { start: string; end: string }[];
  coOrganisers?: { organisation: string; role: CoOrganiserRole }[];
  status?: EventStatus;
  acceptHardClashes?: boolean;
}

export type CreateEventInput = EventFieldsInput & { edition: string };
export type UpdateEventInput = EventFieldsInput & { id: string; version: number };

export const CreateEventMutation = gql<
  { createEvent: { event: EditableEvent; clashes: Clash[] } },
  { input: CreateEventInput }
>`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        ...EditableEventFields
      }
      clashes {
        ...ClashFields
      }
    }
  }
  ${EditableEventFields}
  ${ClashFields}
`;

export const UpdateEventMutation = gql<
  { updateEvent: { event: EditableEvent; clashes: Clash[] } },
  { input: UpdateEventInput }
>`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        ...EditableEventFields
      }
      clashes {
        ...ClashFields
      }
    }
  }
  ${EditableEventFields}
  ${ClashFields}
`;

/** The events a refused write would clash with, by id (CONFLICT names them). */
export const EventTitleQuery = gql<
  { event: { id: string; title: string; sessions: Session[] } | null },
  { id: string }
>`
  query EventTitle($id: ID!) {
    event(id: $id) {
      id
      title
      sessions {
        id
        localStart
        localEnd
      }
    }
  }
`;

export interface OrganisationOption extends OrganisationLink {
  commune: { name: string } | null;
}

export const OrganisationOptionsQuery = gql<
  { organisations: { edges: { node: OrganisationOption }[] } },
  { search: string }
>`
  query OrganisationOptions($search: String!) {
    organisations(filter: { search: $search }, first: 8) {
      edges {
        node {
          id
          name
          commune {
            name
          }
        }
      }
    }
  }
`;

export const MaisonOptionsQuery = gql<
  { maisons: { id: string; name: string; commune: { name: string } }[] },
  Record<string, never>
>`
  query MaisonOptions {
    maisons {
      id
      name
      commune {
        name
      }
    }
  }
`;

// ─── Blind spots, bilan, calendar feeds ─────────────────────────────────────

export interface EpciCoverage {
  territory: TerritoryLink;
  events: number;
  population: number;
  communes: number;
  communesWithEvents: number;
}

export interface BlindSpots {
  epci: EpciCoverage[];
  daysWithoutEvents: string[];
  absentFamilies: { family: EssFamily; organisations: number }[];
  absentSectors: { sector: Sector; organisations: number }[];
}

export const BlindSpotsQuery = gql<{ edition: { id: string; blindSpots: BlindSpots } | null }, { id: string }>`
  query BlindSpots($id: ID!) {
    edition(id: $id) {
      id
      blindSpots {
        epci {
          territory {
            ...TerritoryLinkFields
          }
          events
          population
          communes
          communesWithEvents
        }
        daysWithoutEvents
        absentFamilies {
          family
          organisations
        }
        absentSectors {
          sector
          organisations
        }
      }
    }
  }
  ${TerritoryLinkFields}
`;

export const UncoveredCommunesQuery = gql<
  { edition: { id: string; blindSpots: { uncoveredCommunes: CommunePage } } | null },
  { id: string; after: string | null }
>`
  query UncoveredCommunes($id: ID!, $after: String) {
    edition(id: $id) {
      id
      blindSpots {
        uncoveredCommunes(first: 20, after: $after) {
          ...CommunePageFields
        }
      }
    }
  }
  ${CommunePageFields}
`;

export interface ReportFigures {
  events: number;
  sessions: number;
  cancelledEvents: number;
  coOrganisedEvents: number;
  organisationsInvolved: number;
  communesCovered: number;
  epciCovered: number;
  populationCovered: number;
  byType: { type: EventType; events: number }[];
}

export const ReportFiguresFields = gql`
  fragment ReportFiguresFields on ReportFigures {
    events
    sessions
    cancelledEvents
    coOrganisedEvents
    organisationsInvolved
    communesCovered
    epciCovered
    populationCovered
    byType {
      type
      events
    }
  }
`;

export const EditionReportQuery = gql<
  {
    edition: {
      id: string;
      report: { current: ReportFigures; previous: ReportFigures | null; previousEdition: { id: string; title: string; year: number } | null };
    } | null;
  },
  { id: string }
>`
  query EditionReport($id: ID!) {
    edition(id: $id) {
      id
      report {
        current {
          ...ReportFiguresFields
        }
        previous {
          ...ReportFiguresFields
        }
        previousEdition {
          id
          title
          year
        }
      }
    }
  }
  ${ReportFiguresFields}
`;

/** The EPCI of the edition's scope, each with its own feed. */
export const EditionFeedsQuery = gql<
  { edition: { id: string; calendarPath: string; blindSpots: { epci: { territory: TerritoryLink }[] } } | null },
  { id: string }
>`
  query EditionFeeds($id: ID!) {
    edition(id: $id) {
      id
      calendarPath
      blindSpots {
        epci {
          territory {
            ...TerritoryLinkFields
          }
        }
      }
    }
  }
  ${TerritoryLinkFields}
`;

// ─── The public programme and the page of one event ─────────────────────────

export interface EventFilter {
  territory?: string;
  territoryKind?: TerritoryKind;
  types?: EventType[];
  audiences?: Audience[];
  statuses?: EventStatus[];
  edition?: string;
  published?: boolean;
  from?: string;
  to?: string;
}

export interface ProgrammeEvent extends Venue {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  publishedAt: string | null;
  audiences: Audience[];
  commune: { code: string; name: string };
  sessions: Session[];
}

export interface ProgrammePage {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { node: ProgrammeEvent }[];
}

export const ProgrammeQuery = gql<{ events: ProgrammePage }, { filter: EventFilter; after: string | null }>`
  query Programme($filter: EventFilter, $after: String) {
    events(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          type
          status
          publishedAt
          audiences
          commune {
            code
            name
          }
          venueMaison {
            id
            name
          }
          venueOrganisation {
            id
            name
          }
          venueAddress
          sessions {
            id
            localStart
            localEnd
          }
        }
      }
    }
  }
`;

export interface EventDetail {
  id: string;
  title: string;
  type: EventType;
  status: EventStatus;
  description: string | null;
  publishedAt: string | null;
  venueMaison: { id: string; name: string; address: string | null } | null;
  venueOrganisation: { id: string; name: string; address: string | null } | null;
  venueAddress: string | null;
  commune: TerritoryLink & { epci: TerritoryLink | null };
  audiences: Audience[];
  themes: Sector[];
  capacity: number | null;
  accessibility: Accessibility[];
  accessibilityNote: string | null;
  registrationUrl: string | null;
  sessions: Session[];
  coOrganisers: { role: CoOrganiserRole; organisation: OrganisationLink }[];
  viewerCanEdit: boolean;
  edition: { id: string; title: string; calendarPath: string };
}

export const EventPageQuery = gql<{ event: EventDetail | null }, { id: string }>`
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      title
      type
      status
      description
      publishedAt
      venueMaison {
        id
        name
        address
      }
      venueOrganisation {
        id
        name
        address
      }
      venueAddress
      commune {
        ...TerritoryLinkFields
        epci {
          ...TerritoryLinkFields
        }
      }
      audiences
      themes
      capacity
      accessibility
      accessibilityNote
      registrationUrl
      sessions {
        id
        localStart
        localEnd
      }
      coOrganisers {
        role
        organisation {
          id
          name
        }
      }
      viewerCanEdit
      edition {
        id
        title
        calendarPath
      }
    }
  }
  ${TerritoryLinkFields}
`;
