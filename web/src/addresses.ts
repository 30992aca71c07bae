// The addresses of the web app's pages: how each is read into parameters and
// written back, and its title. Plain TypeScript without a component, so that
// the server reads the same table: it answers 404 for an address no page
// has, and names the page in the HTML it sends (server/app/web-pages.ts).
// routes.ts gives each address its component and its section.

// ─── Reading and writing an address ────────────────────────────────────────

type ParamNames<Pattern extends string> = Pattern extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : Pattern extends `${string}:${infer Name}`
    ? Name
    : never;

/** The reading and writing of an address made of fixed segments and ":name" ones. */
function at<Pattern extends string>(pattern: Pattern) {
  type Params = { [Name in ParamNames<Pattern>]: string };
  const parts = pattern.split("/").filter(Boolean);
  return {
    address: pattern.replace(/:(\w+)/g, "<$1>"),
    parse(segments: string[]): Params | null {
      if (segments.length !== parts.length) return null;
      const params: Record<string, string> = {};
      for (const [index, part] of parts.entries()) {
        if (part.startsWith(":")) params[part.slice(1)] = segments[index];
        else if (part !== segments[index]) return null;
      }
      return params as Params;
    },
    build(params: Params): string {
      const values = params as Record<string, string>;
      return `/${parts.map((part) => (part.startsWith(":") ? encodeURIComponent(values[part.slice(1)]) : part)).join("/")}`;
    },
  };
}

// ─── Addresses that are more than fixed segments ────────────────────────────

/** The kinds of territory, as GraphQL names them (routes.ts checks they are the same). */
export type TerritoryKindName = "REGION" | "DEPARTEMENT" | "EPCI" | "COMMUNE";
const TERRITORY_KINDS: readonly string[] = ["REGION", "DEPARTEMENT", "EPCI", "COMMUNE"] satisfies TerritoryKindName[];

/** The finder (/territoires, also the home page) and a territory's card (/territoires/EPCI/246200364). */
const territoryAddress = {
  address: "/territoires[/<KIND>/<code>]",
  parse(segments: string[]): { kind: TerritoryKindName | null; code: string | null } | null {
    if (segments.length === 0 || (segments.length === 1 && segments[0] === "territoires")) return { kind: null, code: null };
    const kind = segments[1]?.toUpperCase();
    if (segments.length === 3 && segments[0] === "territoires" && TERRITORY_KINDS.includes(kind)) {
      return { kind: kind as TerritoryKindName, code: segments[2] };
    }
    return null;
  },
  build({ kind, code }: { kind: TerritoryKindName | null; code: string | null }): string {
    return kind && code ? `/territoires/${kind}/${encodeURIComponent(code)}` : "/territoires";
  },
};

/** The tasks of an edition's planning, each at its own address under /planning/<edition>. */
export type PlanningView =
  | "calendar" | "list" | "clashes" | "moderation" | "blind-spots" | "report" | "feeds" | "next-edition" | "new-event" | "edit-event";

const PLANNING_VIEW_SEGMENTS: Record<Exclude<PlanningView, "calendar" | "new-event" | "edit-event">, string> = {
  list: "par-epci",
  clashes: "conflits",
  moderation: "moderation",
  "blind-spots": "angles-morts",
  report: "bilan",
  feeds: "agendas",
  "next-edition": "edition-suivante",
};

interface PlanningParams {
  id: string;
  view: PlanningView;
  eventId: string | null;
}

const planningAddress = {
  address: "/planning/<edition>[/par-epci|/conflits|/moderation|/angles-morts|/bilan|/agendas|/edition-suivante|/evenements/nouveau|/evenements/<id>]",
  parse(segments: string[]): PlanningParams | null {
    if (segments[0] !== "planning" || segments.length < 2) return null;
    const id = segments[1];
    if (segments.length === 2) return { id, view: "calendar", eventId: null };
    if (segments.length === 3) {
      const view = (Object.keys(PLANNING_VIEW_SEGMENTS) as (keyof typeof PLANNING_VIEW_SEGMENTS)[]).find(
        (candidate) => PLANNING_VIEW_SEGMENTS[candidate] === segments[2],
      );
      return view ? { id, view, eventId: null } : null;
    }
    if (segments.length === 4 && segments[2] === "evenements") {
      return segments[3] === "nouveau" ? { id, view: "new-event", eventId: null } : { id, view: "edit-event", eventId: segments[3] };
    }
    return null;
  },
  build({ id, view, eventId }: PlanningParams): string {
    const base = `/planning/${encodeURIComponent(id)}`;
    if (view === "calendar") return base;
    if (view === "new-event") return `${base}/evenements/nouveau`;
    if (view === "edit-event") return `${base}/evenements/${encodeURIComponent(eventId ?? "")}`;
    return `${base}/${PLANNING_VIEW_SEGMENTS[view]}`;
  },
};

// ─── The addresses ──────────────────────────────────────────────────────────

/** In the order they are tried: a fixed segment (« nouvelle ») before a record's id. */
export const ADDRESSES = {
  territories: { ...territoryAddress, title: "Maillage — territoires" },
  organisations: { ...at("/organisations"), title: "Organisations — Maillage" },
  "organisation-new": { ...at("/organisations/nouvelle"), title: "Ajouter une organisation — Maillage" },
  // Before the organisation's page: « import » is no organisation's id.
  "organisations-import": { ...at("/organisations/import"), title: "Importer des organisations — Maillage" },
  "organisations-imports": { ...at("/organisations/imports"), title: "Imports d'organisations — Maillage" },
  organisation: { ...at("/organisations/:id"), title: "Organisation — Maillage" },
  "organisation-edit": { ...at("/organisations/:id/modifier"), title: "Modifier une organisation — Maillage" },
  collectives: { ...at("/collectifs"), title: "Collectifs — Maillage" },
  collective: { ...at("/collectifs/:id"), title: "Collectif — Maillage" },
  "cotess-list": { ...at("/cotess"), title: "COTESS — Maillage" },
  cotess: { ...at("/cotess/:id"), title: "COTESS — Maillage" },
  maisons: { ...at("/maisons"), title: "Maisons de l'ESS — Maillage" },
  maison: { ...at("/maisons/:id"), title: "Maison de l'ESS — Maillage" },
  sources: { ...at("/sources"), title: "Sources — Maillage" },
  source: { ...at("/sources/:id"), title: "Source — Maillage" },
  "sign-in": { ...at("/connexion"), title: "Connexion — Maillage" },
  account: { ...at("/compte"), title: "Mon compte — Maillage" },
  invitation: { ...at("/compte/invitation"), title: "Invitation — Maillage" },
  "password-reset": { ...at("/compte/mot-de-passe"), title: "Choisir un mot de passe — Maillage" },
  unsubscribe: { ...at("/compte/desabonnement"), title: "Se désabonner — Maillage" },
  "password-forgotten": { ...at("/compte/mot-de-passe-oublie"), title: "Mot de passe oublié — Maillage" },
  administration: { ...at("/administration"), title: "Administration — Maillage" },
  "audit-trail": { ...at("/administration/journal"), title: "Journal des modifications — Maillage" },
  programme: { ...at("/programme"), title: "Programme du Mois de l'ESS — Maillage" },
  propose: { ...at("/proposer"), title: "Proposer un événement — Maillage" },
  "proposal-confirmation": { ...at("/proposer/confirmation"), title: "Confirmation de votre proposition — Maillage" },
  "my-proposals": { ...at("/propositions"), title: "Mes propositions — Maillage" },
  "new-proposal": { ...at("/propositions/nouvelle"), title: "Proposer un événement — Maillage" },
  event: { ...at("/evenements/:id"), title: "Événement — Maillage" },
  embed: { ...at("/integrer"), title: "Intégrer le programme sur votre site — Maillage" },
  network: { ...at("/reseau"), title: "Réseau de coopération — Maillage" },
  plannings: { ...at("/planning"), title: "Planning — Maillage" },
  // Before the planning: « import » is none of its views.
  "events-import": { ...at("/planning/:edition/import"), title: "Importer des événements — Maillage" },
  "events-imports": { ...at("/planning/:edition/imports"), title: "Imports d'événements — Maillage" },
  planning: { ...planningAddress, title: "Planning — Maillage" },
  "not-found": {
    address: "any other address",
    parse: (): Record<string, never> | null => null,
    build: () => "/",
    title: "Page introuvable — Maillage",
  },
};

export type AddressName = keyof typeof ADDRESSES;
export type AddressParams<Name extends AddressName> = NonNullable<ReturnType<(typeof ADDRESSES)[Name]["parse"]>>;
export type ParsedAddress = { [Name in AddressName]: { name: Name; params: AddressParams<Name> } }[AddressName];

/** The page an address names, "not-found" when none does. */
export function parseAddress(pathname: string): ParsedAddress {
  let segments: string[];
  try {
    segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    // A malformed escape (%E9 alone) names no page.
    return { name: "not-found", params: {} };
  }
  for (const [name, definition] of Object.entries(ADDRESSES) as [AddressName, { parse(segments: string[]): unknown }][]) {
    const params = definition.parse(segments);
    if (params) return { name, params } as ParsedAddress;
  }
  return { name: "not-found", params: {} };
}
