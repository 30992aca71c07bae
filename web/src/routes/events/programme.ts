// The public programme's filters, as the page holds them and as its address
// says them (shareable: /programme?territoire=EPCI/246200364&q=forum&cp=62300),
// and the criteria the API is asked. Pure functions: tested without a page.
import type { Accessibility, Audience, EventFilter, EventOrder, EventType } from "../../graphql/events.ts";
import type { TerritoryKind } from "../../graphql/territories.ts";
import { ACCESSIBILITY_LABEL, AUDIENCE_LABEL, EVENT_TYPE_LABEL } from "../../labels.ts";

/** Every edition together, the most recent events first. */
export const ALL_EDITIONS = "toutes";

export interface ProgrammeForm {
  /** The visitor's territory, "EPCI/246200364"; "" for every territory. */
  territory: string;
  /** "" for the editions the programme opens on, an edition's id, or ALL_EDITIONS. */
  edition: string;
  /** Words of the title, the description or an organiser. */
  words: string;
  postalCode: string;
  from: string;
  to: string;
  type: EventType | "";
  audiences: Audience[];
  accessibility: Accessibility[];
}

const KINDS: TerritoryKind[] = ["REGION", "DEPARTEMENT", "EPCI", "COMMUNE"];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const POSTAL_CODE = /^\d{5}$/;

const listOf = <T extends string>(raw: string | null, allowed: Record<T, string>): T[] =>
  (raw ?? "").split(",").filter((value): value is T => Object.hasOwn(allowed, value));

/** The territory of the address: "KIND/code" when well formed, else "". */
export function territoryValue(raw: string | null): string {
  if (!raw) return "";
  const [kind, code] = raw.split("/");
  return KINDS.includes(kind as TerritoryKind) && code && /^[0-9AB]{2,9}$/.test(code) ? `${kind}/${code}` : "";
}

export function parseTerritory(value: string): { kind: TerritoryKind; code: string } | null {
  if (!value) return null;
  const [kind, code] = value.split("/");
  return { kind: kind as TerritoryKind, code };
}

/** The form an address says; what it does not say is empty (the territory then comes from the visitor's last choice). */
export function readForm(search: string): ProgrammeForm {
  const query = new URLSearchParams(search);
  const text = (name: string) => query.get(name)?.trim() ?? "";
  const type = text("type");
  return {
    territory: territoryValue(query.get("territoire")),
    edition: text("edition"),
    words: text("q"),
    postalCode: POSTAL_CODE.test(text("cp")) ? text("cp") : "",
    from: DAY.test(text("du")) ? text("du") : "",
    to: DAY.test(text("au")) ? text("au") : "",
    type: Object.hasOwn(EVENT_TYPE_LABEL, type) ? (type as EventType) : "",
    audiences: listOf(query.get("public"), AUDIENCE_LABEL),
    accessibility: listOf(query.get("acces"), ACCESSIBILITY_LABEL),
  };
}

/** The address of a form: only what is set, in a fixed order. */
export function formSearch(form: ProgrammeForm): string {
  const query = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value) query.set(name, value);
  };
  set("territoire", form.territory);
  set("edition", form.edition);
  set("q", form.words.trim());
  set("cp", form.postalCode);
  set("du", form.from);
  set("au", form.to);
  set("type", form.type);
  set("public", form.audiences.join(","));
  set("acces", form.accessibility.join(","));
  return query.toString();
}

/**
 * What the API is asked: published events of the chosen edition, of the
 * editions the programme opens on (`openingEditions`), or of every edition;
 * by date within editions (a visitor reads one as an agenda, day by day),
 * the most recent first across all of them (what happened last matters most
 * when browsing years).
 */
export function criteriaOf(form: ProgrammeForm, openingEditions: string[]): { filter: EventFilter; order: EventOrder } {
  const territory = parseTerritory(form.territory);
  const all = form.edition === ALL_EDITIONS;
  return {
    filter: {
      published: true,
      ...(all ? {} : { editions: form.edition ? [form.edition] : openingEditions }),
      ...(territory ? { territory: territory.code, territoryKind: territory.kind } : {}),
      ...(form.words.trim() ? { search: form.words.trim() } : {}),
      ...(form.postalCode ? { postalCode: form.postalCode } : {}),
      ...(form.from ? { from: form.from } : {}),
      ...(form.to ? { to: form.to } : {}),
      ...(form.type ? { types: [form.type] } : {}),
      ...(form.audiences.length ? { audiences: [...form.audiences] } : {}),
      ...(form.accessibility.length ? { accessibility: [...form.accessibility] } : {}),
    },
    order: all ? "NEWEST" : "DATE",
  };
}

/** Events grouped by day (of their first session), then by commune, in the order they come. */
export function groupByDayAndCommune<T extends { sessions: { localStart: string }[]; commune: { name: string; code?: string } }>(events: T[]) {
  const days: { day: string; communes: { commune: string; code?: string; events: T[] }[] }[] = [];
  for (const event of events) {
    const day = event.sessions[0]?.localStart.slice(0, 10) ?? "";
    let group = days.find((item) => item.day === day);
    if (!group) days.push((group = { day, communes: [] }));
    let commune = group.communes.find((item) => item.commune === event.commune.name);
    if (!commune) group.communes.push((commune = { commune: event.commune.name, code: event.commune.code, events: [] }));
    commune.events.push(event);
  }
  for (const group of days) group.communes.sort((a, b) => a.commune.localeCompare(b.commune, "fr"));
  return days;
}

/** Where the visitor's territory is remembered between visits. */
export const REMEMBERED_TERRITORY = "maillage.programme.territoire";
