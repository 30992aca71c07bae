// The event form as data: what it holds, how it reads an event, what it sends
// to the API (all of it for a creation, only what changed for an update),
// the checks that spare the person a less helpful refusal of the API, and the
// rules of its rows (sessions, co-organisers). Pure functions, unit-tested in
// event-form.test.ts; the components of the form only show and edit this.
import type {
  Accessibility, Audience, CoOrganiserRole, EditableEvent, EventFieldsInput, EventStatus, EventType, Session,
} from "../../graphql/events.ts";
import type { OrganisationLink, Sector } from "../../graphql/organisations.ts";
import type { CommuneChoice } from "../../graphql/territories.ts";

export type VenueKind = "maison" | "organisation" | "address";

export interface SessionRow {
  key: number;
  start: string;
  end: string;
}

export interface CoOrganiserRow {
  key: number;
  organisation: OrganisationLink | null;
  role: CoOrganiserRole;
}

export interface EventForm {
  title: string;
  type: EventType | "";
  description: string;
  venueKind: VenueKind;
  maison: string;
  venueOrganisation: OrganisationLink | null;
  address: string;
  /** The commune of an address, chosen by name or postal code: never a code typed as such. */
  commune: CommuneChoice | null;
  audiences: Audience[];
  themes: Sector[];
  capacity: number | null;
  accessibility: Accessibility[];
  accessibilityNote: string;
  registrationUrl: string;
  sessions: SessionRow[];
  coOrganisers: CoOrganiserRow[];
  status: EventStatus;
}

// Rows are keyed for Svelte's lists: a removed row takes its fields with it.
let nextKey = 0;
export const sessionRow = (start = "", end = ""): SessionRow => ({ key: nextKey++, start, end });
export const coOrganiserRow = (organisation: OrganisationLink | null, role: CoOrganiserRole): CoOrganiserRow => ({
  key: nextKey++,
  organisation,
  role,
});

/** A new event: one session and one lead organisation to fill, a draft. */
export function emptyForm(lead: OrganisationLink | null = null): EventForm {
  return {
    title: "", type: "", description: "", venueKind: "maison", maison: "", venueOrganisation: null, address: "", commune: null,
    audiences: [], themes: [], capacity: null, accessibility: [], accessibilityNote: "", registrationUrl: "",
    sessions: [sessionRow()], coOrganisers: [coOrganiserRow(lead, "LEAD")], status: "DRAFT",
  };
}

/** The form of an event as read. */
export function formOf(event: EditableEvent): EventForm {
  return {
    title: event.title,
    type: event.type,
    description: event.description ?? "",
    venueKind: event.venueMaison ? "maison" : event.venueOrganisation ? "organisation" : "address",
    maison: event.venueMaison?.id ?? "",
    venueOrganisation: event.venueOrganisation ? { id: event.venueOrganisation.id, name: event.venueOrganisation.name } : null,
    address: event.venueAddress ?? "",
    // A Maison's or an organisation's commune is theirs: only an address says its own.
    commune: event.venueMaison || event.venueOrganisation ? null : event.commune,
    audiences: [...event.audiences],
    themes: [...event.themes],
    capacity: event.capacity,
    accessibility: [...event.accessibility],
    accessibilityNote: event.accessibilityNote ?? "",
    registrationUrl: event.registrationUrl ?? "",
    sessions: event.sessions.map((session) => sessionRow(session.localStart, session.localEnd)),
    coOrganisers: event.coOrganisers.map((item) => coOrganiserRow({ id: item.organisation.id, name: item.organisation.name }, item.role)),
    status: event.status,
  };
}

// Sets are sent in one order, so that ticking and unticking a box is no change.
const sorted = <T extends string>(values: T[]) => [...values].sort();

/** Every field of the form as the API takes it. */
export function inputOf(form: EventForm): EventFieldsInput {
  const venue =
    form.venueKind === "maison"
      ? form.maison ? { maison: form.maison } : undefined
      : form.venueKind === "organisation"
        ? form.venueOrganisation ? { organisation: form.venueOrganisation.id } : undefined
        : { address: form.address.trim() || undefined, commune: form.commune?.code };
  return {
    title: form.title.trim() || undefined,
    type: form.type || undefined,
    description: form.description.trim() || null,
    venue,
    audiences: sorted(form.audiences),
    themes: sorted(form.themes),
    capacity: form.capacity ?? null,
    accessibility: sorted(form.accessibility),
    accessibilityNote: form.accessibilityNote.trim() || null,
    registrationUrl: form.registrationUrl.trim() || null,
    sessions: form.sessions.map(({ start, end }) => ({ start, end })),
    coOrganisers: form.coOrganisers.map((row) => ({ organisation: row.organisation?.id ?? "", role: row.role })),
    status: form.status,
  };
}

/** Only what changed since the event was read: an update leaves the rest as it is. */
export function changesOf(now: EventFieldsInput, before: EventFieldsInput): EventFieldsInput {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(now)) {
    if (JSON.stringify(value) !== JSON.stringify(before[key as keyof EventFieldsInput])) changes[key] = value;
  }
  return changes as EventFieldsInput;
}

/** What the API would refuse with a less helpful message, by field ("sessions.0.end"). */
export function checkForm(form: EventForm): Record<string, string> {
  const errors: Record<string, string> = {};
  if (form.venueKind === "maison" && !form.maison) errors["venue.maison"] = "Choisissez une Maison de l'ESS.";
  if (form.venueKind === "organisation" && !form.venueOrganisation) {
    errors["venue.organisation"] = "Choisissez l'organisation qui accueille l'événement.";
  }
  if (form.venueKind === "address" && !form.address.trim()) errors["venue.address"] = "Indiquez l'adresse.";
  if (form.venueKind === "address" && !form.commune) errors["venue.commune"] = "Choisissez la commune de l'adresse, par son nom ou son code postal.";
  if (form.capacity !== null && !Number.isInteger(form.capacity)) errors.capacity = "La jauge est un nombre entier de places.";
  form.sessions.forEach((session, index) => {
    if (!session.start) errors[`sessions.${index}.start`] = "Indiquez le début de la séance.";
    if (!session.end) errors[`sessions.${index}.end`] = "Indiquez la fin de la séance.";
  });
  form.coOrganisers.forEach((row, index) => {
    if (!row.organisation) errors[`coOrganisers.${index}.organisation`] = "Choisissez une organisation.";
  });
  return errors;
}

// ─── Rows ───────────────────────────────────────────────────────────────────

/** A new session, at the times of the last one: events often repeat at the same hours. */
export function addSession(form: EventForm): void {
  const last = form.sessions.at(-1);
  form.sessions.push(sessionRow(last?.start ?? "", last?.end ?? ""));
}

/** A new co-organiser: the lead if the event has none, a partner otherwise (the API wants exactly one lead). */
export function addCoOrganiser(form: EventForm): void {
  form.coOrganisers.push(coOrganiserRow(null, form.coOrganisers.some((row) => row.role === "LEAD") ? "PARTNER" : "LEAD"));
}

/** A suggested co-organiser, as a partner: in the row left empty, or a new one. */
export function addSuggestedPartner(form: EventForm, organisation: OrganisationLink): void {
  const empty = form.coOrganisers.find((row) => row.organisation === null);
  if (empty) {
    empty.organisation = organisation;
    empty.role = "PARTNER";
  } else {
    form.coOrganisers.push(coOrganiserRow(organisation, "PARTNER"));
  }
}

/** The lead organisation, to which co-organisers are suggested. */
export const leadOf = (form: EventForm): OrganisationLink | null => form.coOrganisers.find((row) => row.role === "LEAD")?.organisation ?? null;

// ─── Statuses ───────────────────────────────────────────────────────────────

// As the API allows them (a cancelled event can be reopened as a draft);
// CONFIRMED is for the edition's animators.
const NEXT_STATUSES: Record<EventStatus, EventStatus[]> = {
  DRAFT: ["PROPOSED", "CANCELLED"],
  PROPOSED: ["DRAFT", "CONFIRMED", "CANCELLED"],
  CONFIRMED: ["PROPOSED", "CANCELLED"],
  CANCELLED: ["DRAFT"],
};

/** The statuses the form offers: the current one and where it may go (a new event: draft, proposed, confirmed). */
export function statusOptions(current: EventStatus | null, viewerCanManage: boolean): EventStatus[] {
  const options: EventStatus[] = current ? [current, ...NEXT_STATUSES[current]] : ["DRAFT", "PROPOSED", "CONFIRMED"];
  return options.filter((status) => status !== "CONFIRMED" || viewerCanManage || status === current);
}

/**
 * What the form says of an event saved in a commune outside its edition's
 * territory: a warning, since events across the border exist, but the
 * commune may also be a mistake.
 */
export function outsideTerritoryWarning(event: { outsideEditionTerritory: boolean; commune: { name: string } }, editionTitle: string): string | null {
  if (!event.outsideEditionTerritory) return null;
  return `${event.commune.name} est hors du territoire de l'édition « ${editionTitle} » : vérifiez le lieu de l'événement.`;
}

// ─── Refusals ───────────────────────────────────────────────────────────────

/** A write refused for a clash at the same venue: what to send again if an animator maintains it. */
export interface HardClash {
  message: string;
  input: Record<string, unknown>;
  events: { id: string; title: string; sessions: Session[] }[];
  /** Clashing events the person may not read (another organiser's unpublished ones): counted, not named. */
  unnamed: number;
}

// ─── Fields and their messages ──────────────────────────────────────────────

/** "sessions.0.end" → "event-sessions-0-end", the id of the control and, with "-error", of its message. */
export const fieldId = (field: string) => `event-${field.replaceAll(".", "-")}`;

// The fields shown with their own message; any other is said above the buttons.
const PLACED =
  /^(title|type|description|venue(\.(maison|organisation|address|commune))?|audiences|themes|capacity|accessibility|accessibilityNote|registrationUrl|sessions(\.\d+\.(start|end))?|coOrganisers(\.\d+\.(organisation|role))?|status)$/;

/** Whether the API's field at fault ("venue.commune") has a place in the form to say its message. */
export const isPlacedField = (field: string) => PLACED.test(field);

/** The French messages of the fields at fault, by field. */
export type FieldErrors = Record<string, string>;

export const invalid = (errors: FieldErrors, field: string) => (errors[field] ? ("true" as const) : undefined);

/** The ids describing a control: its hints, then its message when it has one. */
export const describedBy = (errors: FieldErrors, field: string, ...hints: string[]) =>
  [...hints, errors[field] ? `${fieldId(field)}-error` : null].filter(Boolean).join(" ") || undefined;
