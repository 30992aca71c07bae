// GraphQL documents of the Mois de l'ESS: editions, their events and
// planning (calendar, clashes, blind spots, bilan), the public programme and
// the page of one event. Session times travel as Paris wall-clock strings
// ("2026-11-05T18:00"), days as "2026-11-05".
import { graphql, type Enum, type NodeOf, type ResultOf, type VariablesOf } from "./tada.ts";
import { CommunePageFields, TerritoryLinkFields } from "./territories.ts";
import { OrganisationLinkFields } from "./organisations.ts";

export type EventType = Enum<"EventType">;
export type EventStatus = Enum<"EventStatus">;
export type EditionState = Enum<"EditionState">;
export type Audience = Enum<"Audience">;
export type Accessibility = Enum<"Accessibility">;
export type CoOrganiserRole = Enum<"CoOrganiserRole">;
export type ClashSeverity = Enum<"ClashSeverity">;

// ─── Editions ───────────────────────────────────────────────────────────────

export const EditionSummaryFields = graphql(`
  fragment EditionSummaryFields on Edition {
    id
    title
    year
    startsOn
    endsOn
    state
    networkName
    viewerCanManage
    territories {
      ...TerritoryLinkFields
    }
  }
`, [TerritoryLinkFields]);

export type EditionSummary = ResultOf<typeof EditionSummaryFields>;

/** The editions the viewer animates that are on their desk (in progress, upcoming, ended this past year), and all the others. */
export const PlanningEditionsQuery = graphql(`
  query PlanningEditions {
    animated: editions(filter: { animatedByViewer: true, recent: true }) {
      ...EditionSummaryFields
    }
    editions {
      ...EditionSummaryFields
    }
  }
`, [EditionSummaryFields]);

export const EditionHeaderQuery = graphql(`
  query EditionHeader($id: ID!) {
    edition(id: $id) {
      ...EditionSummaryFields
      calendarPath
    }
  }
`, [EditionSummaryFields]);

export type EditionHeader = NonNullable<ResultOf<typeof EditionHeaderQuery>["edition"]>;

// ─── Clashes ────────────────────────────────────────────────────────────────

export const ClashFields = graphql(`
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
`);

export type Clash = ResultOf<typeof ClashFields>;
export type ClashReason = Clash["reasons"][number];
export type ClashSide = Clash["first"];

export const EditionClashesQuery = graphql(`
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
`, [ClashFields]);

// ─── The planning's events ──────────────────────────────────────────────────

export const EditionEventsQuery = graphql(`
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
`);

export type PlanningEvent = NodeOf<NonNullable<ResultOf<typeof EditionEventsQuery>["edition"]>["events"]>;
/** A session: its Paris wall-clock start and end. */
export type Session = PlanningEvent["sessions"][number];
/** Where an event takes place: a Maison, an organisation's premises or an address. */
export type Venue = Pick<PlanningEvent, "venueMaison" | "venueOrganisation" | "venueAddress">;

// ─── The event form ─────────────────────────────────────────────────────────

export const EditableEventFields = graphql(`
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
        ...OrganisationLinkFields
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
`, [ClashFields, OrganisationLinkFields]);

export type EditableEvent = ResultOf<typeof EditableEventFields>;

export const EditableEventQuery = graphql(`
  query EditableEvent($id: ID!) {
    event(id: $id) {
      ...EditableEventFields
    }
  }
`, [EditableEventFields]);

export const CreateEventMutation = graphql(`
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
`, [EditableEventFields, ClashFields]);

export const UpdateEventMutation = graphql(`
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
`, [EditableEventFields, ClashFields]);

export type CreateEventInput = VariablesOf<typeof CreateEventMutation>["input"];
export type UpdateEventInput = VariablesOf<typeof UpdateEventMutation>["input"];
/** The fields of an event that a creation and an update both take. */
export type EventFieldsInput = Omit<CreateEventInput, "edition"> & Omit<UpdateEventInput, "id" | "version">;

/** The events a refused write would clash with, by id (CONFLICT names them). */
export const EventTitleQuery = graphql(`
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
`);

export const OrganisationOptionsQuery = graphql(`
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
`);

export type OrganisationOption = NodeOf<ResultOf<typeof OrganisationOptionsQuery>["organisations"]>;

export const MaisonOptionsQuery = graphql(`
  query MaisonOptions {
    maisons {
      id
      name
      commune {
        name
      }
    }
  }
`);

// ─── Blind spots, bilan, calendar feeds ─────────────────────────────────────

export const BlindSpotsQuery = graphql(`
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
`, [TerritoryLinkFields]);

export type BlindSpots = NonNullable<ResultOf<typeof BlindSpotsQuery>["edition"]>["blindSpots"];

export const UncoveredCommunesQuery = graphql(`
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
`, [CommunePageFields]);

export const ReportFiguresFields = graphql(`
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
`);

export type ReportFigures = ResultOf<typeof ReportFiguresFields>;

export const EditionReportQuery = graphql(`
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
`, [ReportFiguresFields]);

/** The EPCI of the edition's scope, each with its own feed. */
export const EditionFeedsQuery = graphql(`
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
`, [TerritoryLinkFields]);

// ─── The public programme and the page of one event ─────────────────────────

export const ProgrammeQuery = graphql(`
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
`);

export type EventFilter = NonNullable<VariablesOf<typeof ProgrammeQuery>["filter"]>;
export type ProgrammePage = ResultOf<typeof ProgrammeQuery>["events"];
export type ProgrammeEvent = NodeOf<ProgrammePage>;

export const EventPageQuery = graphql(`
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
          ...OrganisationLinkFields
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
`, [TerritoryLinkFields, OrganisationLinkFields]);

export type EventDetail = NonNullable<ResultOf<typeof EventPageQuery>["event"]>;
