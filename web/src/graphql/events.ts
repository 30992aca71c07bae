// GraphQL documents of the Mois de l'ESS: editions, their events and
// planning (calendar, clashes, blind spots, bilan), the public programme and
// the page of one event. Session times travel as Paris wall-clock strings
// ("2026-11-05T18:00"), days as "2026-11-05".
import { graphql, type Enum, type NodeOf, type ResultOf, type VariablesOf } from "./tada.ts";
import { CommunePageFields, TerritoryLinkFields } from "./territories.ts";

export type EventType = Enum<"EventType">;
export type EventStatus = Enum<"EventStatus">;
export type EditionState = Enum<"EditionState">;
export type Audience = Enum<"Audience">;
export type Accessibility = Enum<"Accessibility">;
export type CoOrganiserRole = Enum<"CoOrganiserRole">;
export type ClashSeverity = Enum<"ClashSeverity">;
export type EventOrder = Enum<"EventOrder">;
export type ModerationDecision = Enum<"ModerationDecision">;

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
    isDemo
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
      programmePdfPath
      nextEdition {
        id
        year
      }
    }
  }
`, [EditionSummaryFields]);

export type EditionHeader = NonNullable<ResultOf<typeof EditionHeaderQuery>["edition"]>;

// ─── Events ─────────────────────────────────────────────────────────────────
// What every page that shows events reads of them (the programme, the event
// page, the planning's lists, the event form), and what the page and the form
// both read of one event.

export const EventSummaryFields = graphql(`
  fragment EventSummaryFields on Event {
    id
    title
    type
    status
    isDemo
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
`);

export type EventSummary = ResultOf<typeof EventSummaryFields>;
/** A session: its Paris wall-clock start and end. */
export type Session = EventSummary["sessions"][number];
/** Where an event takes place: a Maison, an organisation's premises or an address. */
export type Venue = Pick<EventSummary, "venueMaison" | "venueOrganisation" | "venueAddress">;

export const EventDetailFields = graphql(`
  fragment EventDetailFields on Event {
    ...EventSummaryFields
    description
    audiences
    themes
    capacity
    accessibility
    accessibilityNote
    registrationUrl
    coOrganisers {
      role
      # Fields rather than OrganisationLinkFields: the API's depth limit (10)
      # counts every fragment spread, and the event form's mutations nest
      # this fragment three spreads deep.
      organisation {
        id
        name
        pendingValidation
      }
    }
    viewerCanEdit
  }
`, [EventSummaryFields]);

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
            ...EventSummaryFields
            viewerCanEdit
            commune {
              epci {
                code
                name
              }
            }
          }
        }
      }
    }
  }
`, [EventSummaryFields]);

export type PlanningEvent = NodeOf<NonNullable<ResultOf<typeof EditionEventsQuery>["edition"]>["events"]>;

/** Next year's edition opened from this one, with the events ticked as drafts. */
export const OpenNextEditionMutation = graphql(`
  mutation OpenNextEdition($input: OpenNextEditionInput!) {
    openNextEdition(input: $input) {
      edition {
        id
        year
      }
      copiedEvents {
        fromEventId
      }
      refusedEvents {
        eventId
        title
        reason
      }
    }
  }
`);

export type OpenNextEditionResult = ResultOf<typeof OpenNextEditionMutation>["openNextEdition"];

// ─── Moderation ─────────────────────────────────────────────────────────────
// The animators' decisions on proposed events: the queue of an edition, the
// decision, and what its organisers read of the last one.

export const EventModerationFields = graphql(`
  fragment EventModerationFields on EventModeration {
    decision
    message
    at
  }
`);

export type EventModeration = ResultOf<typeof EventModerationFields>;

export const ModerationQueueQuery = graphql(`
  query ModerationQueue($id: ID!) {
    edition(id: $id) {
      id
      moderationQueue {
        ...EventSummaryFields
        version
        outsideEditionTerritory
        coOrganisers {
          role
          organisation {
            id
            name
          }
        }
        lead {
          id
          name
          pendingValidation
          commune {
            name
          }
        }
        clashes {
          ...ClashFields
        }
      }
    }
  }
`, [EventSummaryFields, ClashFields]);

// ─── Structures awaiting validation ─────────────────────────────────────────
// A public proposal's new structure: validated, or recognised as a known
// organisation and merged into it, from the moderation queue.

export const ValidateOrganisationMutation = graphql(`
  mutation ValidateOrganisation($id: ID!) {
    validateOrganisation(id: $id) {
      id
      name
      pendingValidation
    }
  }
`);

export const MergeOrganisationMutation = graphql(`
  mutation MergeOrganisation($input: MergeOrganisationInput!) {
    mergeOrganisation(input: $input) {
      id
      name
    }
  }
`);

export type QueuedEvent = NonNullable<ResultOf<typeof ModerationQueueQuery>["edition"]>["moderationQueue"][number];

export const ModerateEventMutation = graphql(`
  mutation ModerateEvent($input: ModerateEventInput!) {
    moderateEvent(input: $input) {
      event {
        id
        status
        version
      }
    }
  }
`);

// ─── The event form ─────────────────────────────────────────────────────────

export const EditableEventFields = graphql(`
  fragment EditableEventFields on Event {
    ...EventDetailFields
    version
    # What the commune field shows of the chosen commune (CommuneChoiceFields,
    # as fields: the depth limit, as below).
    commune {
      code
      name
      postalCodes
      epci {
        code
        name
      }
      departement {
        code
      }
    }
    outsideEditionTerritory
    edition {
      id
      viewerCanManage
    }
    clashes {
      ...ClashFields
    }
    # Fields rather than EventModerationFields: the depth limit, as above.
    moderation {
      decision
      message
      at
    }
  }
`, [EventDetailFields, ClashFields]);

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
      blindSpotsGeoJsonPath
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

/**
 * What the programme opens on for a territory (or everywhere): the editions
 * in progress or upcoming, else those that ended last; every edition of the
 * territory to choose another; and the territory's name.
 */
export const ProgrammeEditionsQuery = graphql(`
  query ProgrammeEditions($territory: String, $kind: TerritoryKind, $code: String! = "", $withTerritory: Boolean!) {
    programmeEditions(territory: $territory, territoryKind: $kind) {
      id
    }
    editions(filter: { territory: $territory, territoryKind: $kind }) {
      id
      title
      year
      startsOn
      endsOn
      state
      isDemo
      programmePdfPath
    }
    territory(code: $code, kind: $kind) @include(if: $withTerritory) {
      code
      name
      kind
      epciNature
    }
  }
`);

export type ProgrammeEdition = ResultOf<typeof ProgrammeEditionsQuery>["editions"][number];

export const ProgrammeQuery = graphql(`
  query Programme($filter: EventFilter, $after: String, $order: EventOrder) {
    events(filter: $filter, first: 20, after: $after, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EventSummaryFields
          publishedAt
          audiences
          accessibility
          past
          lead {
            id
            name
          }
        }
      }
    }
  }
`, [EventSummaryFields]);

export type EventFilter = NonNullable<VariablesOf<typeof ProgrammeQuery>["filter"]>;

export type ProgrammePage = ResultOf<typeof ProgrammeQuery>["events"];
export type ProgrammeEvent = NodeOf<ProgrammePage>;

export const EventPageQuery = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      ...EventDetailFields
      publishedAt
      moderation {
        ...EventModerationFields
      }
      venueMaison {
        address
      }
      venueOrganisation {
        address
      }
      commune {
        ...TerritoryLinkFields
        epci {
          ...TerritoryLinkFields
        }
      }
      edition {
        id
        title
        calendarPath
        isDemo
      }
    }
  }
`, [EventDetailFields, TerritoryLinkFields, EventModerationFields]);

export type EventDetail = NonNullable<ResultOf<typeof EventPageQuery>["event"]>;

/** The published events an organisation co-organises, for its page, in time order. */
export const OrganisationEventsQuery = graphql(`
  query OrganisationEvents($id: ID!) {
    events(filter: { organisation: $id, published: true }, first: 100) {
      totalCount
      edges {
        node {
          ...EventSummaryFields
          edition {
            id
            title
          }
        }
      }
    }
  }
`, [EventSummaryFields]);

export type OrganisationEvent = NodeOf<ResultOf<typeof OrganisationEventsQuery>["events"]>;

// ─── Public proposals (without an account) ─────────────────────────────────

/** The editions a visitor may propose to: those not yet ended (the server checks it again). */
export const ProposalEditionsQuery = graphql(`
  query ProposalEditions {
    editions(filter: { recent: true }) {
      id
      title
      startsOn
      endsOn
      state
    }
  }
`);

export const ProposeEventMutation = graphql(`
  mutation ProposeEvent($input: PublicProposalInput!) {
    proposeEvent(input: $input)
  }
`);

export const ConfirmProposalMutation = graphql(`
  mutation ConfirmProposal($token: String!) {
    confirmProposal(token: $token) {
      edition
      title
    }
  }
`);

// ─── An organisation's proposals ────────────────────────────────────────────
// « Proposer un événement » for a signed-in editor: the editions open to its
// organisation, then the event form; « Mes propositions »: their state and
// the moderators' last message.

export const OpenEditionsQuery = graphql(`
  query OpenEditions($id: ID!) {
    organisation(id: $id) {
      id
      name
      editionsOpenToProposals {
        id
        title
        state
        startsOn
        endsOn
        networkName
      }
    }
  }
`);

export type OpenEdition = NonNullable<ResultOf<typeof OpenEditionsQuery>["organisation"]>["editionsOpenToProposals"][number];

export const ViewerProposalsQuery = graphql(`
  query ViewerProposals {
    viewerProposals {
      ...EventSummaryFields
      updatedAt
      edition {
        id
        title
      }
      lead {
        id
        name
      }
      moderation {
        ...EventModerationFields
      }
    }
  }
`, [EventSummaryFields, EventModerationFields]);

export type ViewerProposal = ResultOf<typeof ViewerProposalsQuery>["viewerProposals"][number];
