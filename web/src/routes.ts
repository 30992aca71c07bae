// The pages of the web app, one entry each: its French address (read and
// shared by people), how an address is read into parameters and written back,
// its title, its section of the site's navigation and its component. The
// router (router.svelte.ts), the path helpers below and App.svelte's titles,
// navigation and page switch all read this table: a new page is a new entry.
import type { Component } from "svelte";
import type { TerritoryKind } from "./graphql/territories.ts";
import TerritoryFinder from "./routes/territories/TerritoryFinder.svelte";
import OrganisationIndex from "./routes/organisations/OrganisationIndex.svelte";
import OrganisationPage from "./routes/organisations/OrganisationPage.svelte";
import NewOrganisationPage from "./routes/organisations/NewOrganisationPage.svelte";
import EditOrganisationPage from "./routes/organisations/EditOrganisationPage.svelte";
import CollectiveIndex from "./routes/collectives/CollectiveIndex.svelte";
import CollectivePage from "./routes/collectives/CollectivePage.svelte";
import CotessIndex from "./routes/cotess/CotessIndex.svelte";
import CotessPage from "./routes/cotess/CotessPage.svelte";
import MaisonIndex from "./routes/maisons/MaisonIndex.svelte";
import MaisonPage from "./routes/maisons/MaisonPage.svelte";
import SignInPage from "./routes/session/SignInPage.svelte";
import AccountPage from "./routes/account/AccountPage.svelte";
import InvitationPage from "./routes/account/InvitationPage.svelte";
import PasswordResetPage from "./routes/account/PasswordResetPage.svelte";
import UnsubscribePage from "./routes/account/UnsubscribePage.svelte";
import ForgottenPasswordPage from "./routes/account/ForgottenPasswordPage.svelte";
import AdministrationPage from "./routes/administration/AdministrationPage.svelte";
import AuditTrailPage from "./routes/administration/AuditTrailPage.svelte";
import Programme from "./routes/events/Programme.svelte";
import EventPage from "./routes/events/EventPage.svelte";
import ProposalPage from "./routes/proposals/ProposalPage.svelte";
import ProposalConfirmationPage from "./routes/proposals/ProposalConfirmationPage.svelte";
import MyProposalsPage from "./routes/proposals/MyProposalsPage.svelte";
import NewProposalPage from "./routes/proposals/NewProposalPage.svelte";
import PlanningIndex from "./routes/planning/PlanningIndex.svelte";
import PlanningPage from "./routes/planning/PlanningPage.svelte";
import SourceIndex from "./routes/sources/SourceIndex.svelte";
import SourcePage from "./routes/sources/SourcePage.svelte";
import NotFound from "./routes/NotFound.svelte";
import ImportPage from "./routes/imports/ImportPage.svelte";

// ─── The table's vocabulary ─────────────────────────────────────────────────

/** A page's component, or how to load it when it is heavy enough to wait for a visit. */
export type PageComponent<Props extends Record<string, any>> =
  | { component: Component<Props> }
  | { load: () => Promise<{ default: Component<Props> }>; loading: string; failed: string };

export interface RouteDefinition<Params, Props extends Record<string, any>> {
  /** The address as people read it ("/organisations/<id>"). */
  address: string;
  /** The parameters of an address's (decoded) segments, or null when the address is not this page's. */
  parse(segments: string[]): Params | null;
  build(params: Params): string;
  /** The document's title, until a record page names its record. */
  title: string;
  section: Section | null;
  page: PageComponent<Props>;
  props(params: Params, context: { byNavigation: boolean }): Props;
  /** For pages of one record: a link from one record to another starts the page afresh. */
  key?(params: Params): string;
}

const route = <Params, Props extends Record<string, any>>(definition: RouteDefinition<Params, Props>) => definition;

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

const noProps = () => ({});
const recordProps = ({ id }: { id: string }, { byNavigation }: { byNavigation: boolean }) => ({ id, focusOnLoad: byNavigation });
const byId = <Params extends { id: string }>({ id }: Params) => id;

// ─── Navigation ─────────────────────────────────────────────────────────────

/** The site's sections, in the order of its navigation, each opening on its first page. */
export const SECTIONS = {
  territories: { label: "Territoires", home: "/territoires" },
  organisations: { label: "Organisations", home: "/organisations" },
  collectives: { label: "Collectifs", home: "/collectifs" },
  cotess: { label: "COTESS", home: "/cotess" },
  maisons: { label: "Maisons de l'ESS", home: "/maisons" },
  programme: { label: "Programme", home: "/programme" },
  network: { label: "Réseau", home: "/reseau" },
  planning: { label: "Planning", home: "/planning" },
  sources: { label: "Sources", home: "/sources" },
} as const;

export type Section = keyof typeof SECTIONS;

// ─── Addresses that are more than fixed segments ────────────────────────────

const TERRITORY_KINDS: readonly string[] = ["REGION", "DEPARTEMENT", "EPCI", "COMMUNE"] satisfies TerritoryKind[];

/** The finder (/territoires, also the home page) and a territory's card (/territoires/EPCI/246200364). */
const territoryAddress = {
  address: "/territoires[/<KIND>/<code>]",
  parse(segments: string[]): { kind: TerritoryKind | null; code: string | null } | null {
    if (segments.length === 0 || (segments.length === 1 && segments[0] === "territoires")) return { kind: null, code: null };
    const kind = segments[1]?.toUpperCase();
    if (segments.length === 3 && segments[0] === "territoires" && TERRITORY_KINDS.includes(kind)) {
      return { kind: kind as TerritoryKind, code: segments[2] };
    }
    return null;
  },
  build({ kind, code }: { kind: TerritoryKind | null; code: string | null }): string {
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

// ─── The pages ──────────────────────────────────────────────────────────────

export const ROUTES = {
  territories: route({
    ...territoryAddress,
    title: "Maillage — territoires",
    section: "territories",
    page: { component: TerritoryFinder },
    props: ({ kind, code }) => ({ kind, code }),
  }),
  organisations: route({
    ...at("/organisations"),
    title: "Organisations — Maillage",
    section: "organisations",
    page: { component: OrganisationIndex },
    props: noProps,
  }),
  // Before the organisation's page: « nouvelle » is no organisation's id.
  "organisation-new": route({
    ...at("/organisations/nouvelle"),
    title: "Ajouter une organisation — Maillage",
    section: "organisations",
    page: { component: NewOrganisationPage },
    props: noProps,
  }),
  // Before the organisation's page: « import » is no organisation's id.
  "organisations-import": route({
    ...at("/organisations/import"),
    title: "Importer des organisations — Maillage",
    section: "organisations",
    page: { component: ImportPage },
    props: () => ({ kind: "ORGANISATIONS" as const, editionId: null }),
  }),
  organisation: route({
    ...at("/organisations/:id"),
    title: "Organisation — Maillage",
    section: "organisations",
    page: { component: OrganisationPage },
    props: recordProps,
    key: byId,
  }),
  "organisation-edit": route({
    ...at("/organisations/:id/modifier"),
    title: "Modifier une organisation — Maillage",
    section: "organisations",
    page: { component: EditOrganisationPage },
    props: recordProps,
    key: byId,
  }),
  collectives: route({
    ...at("/collectifs"),
    title: "Collectifs — Maillage",
    section: "collectives",
    page: { component: CollectiveIndex },
    props: noProps,
  }),
  collective: route({
    ...at("/collectifs/:id"),
    title: "Collectif — Maillage",
    section: "collectives",
    page: { component: CollectivePage },
    props: recordProps,
    key: byId,
  }),
  "cotess-list": route({
    ...at("/cotess"),
    title: "COTESS — Maillage",
    section: "cotess",
    page: { component: CotessIndex },
    props: noProps,
  }),
  cotess: route({
    ...at("/cotess/:id"),
    title: "COTESS — Maillage",
    section: "cotess",
    page: { component: CotessPage },
    props: recordProps,
    key: byId,
  }),
  maisons: route({
    ...at("/maisons"),
    title: "Maisons de l'ESS — Maillage",
    section: "maisons",
    page: { component: MaisonIndex },
    props: noProps,
  }),
  maison: route({
    ...at("/maisons/:id"),
    title: "Maison de l'ESS — Maillage",
    section: "maisons",
    page: { component: MaisonPage },
    props: recordProps,
    key: byId,
  }),
  sources: route({
    ...at("/sources"),
    title: "Sources — Maillage",
    section: "sources",
    page: { component: SourceIndex },
    props: noProps,
  }),
  source: route({
    ...at("/sources/:id"),
    title: "Source — Maillage",
    section: "sources",
    page: { component: SourcePage },
    props: recordProps,
    key: byId,
  }),
  "sign-in": route({
    ...at("/connexion"),
    title: "Connexion — Maillage",
    section: null,
    page: { component: SignInPage },
    props: noProps,
  }),
  // The account's pages are no section of the navigation: the header links
  // to « Mon compte » and « Administration » beside the signed-in name, and
  // the e-mails link to the invitation and the password pages.
  account: route({
    ...at("/compte"),
    title: "Mon compte — Maillage",
    section: null,
    page: { component: AccountPage },
    props: noProps,
  }),
  invitation: route({
    ...at("/compte/invitation"),
    title: "Invitation — Maillage",
    section: null,
    page: { component: InvitationPage },
    props: noProps,
  }),
  "password-reset": route({
    ...at("/compte/mot-de-passe"),
    title: "Choisir un mot de passe — Maillage",
    section: null,
    page: { component: PasswordResetPage },
    props: noProps,
  }),
  // The link of each digest and notice (its token in « jeton »): stops that topic of e-mail.
  unsubscribe: route({
    ...at("/compte/desabonnement"),
    title: "Se désabonner — Maillage",
    section: null,
    page: { component: UnsubscribePage },
    props: noProps,
  }),
  "password-forgotten": route({
    ...at("/compte/mot-de-passe-oublie"),
    title: "Mot de passe oublié — Maillage",
    section: null,
    page: { component: ForgottenPasswordPage },
    props: noProps,
  }),
  administration: route({
    ...at("/administration"),
    title: "Administration — Maillage",
    section: null,
    page: { component: AdministrationPage },
    props: noProps,
  }),
  "audit-trail": route({
    ...at("/administration/journal"),
    title: "Journal des modifications — Maillage",
    section: null,
    page: { component: AuditTrailPage },
    props: noProps,
  }),
  programme: route({
    ...at("/programme"),
    title: "Programme du Mois de l'ESS — Maillage",
    section: "programme",
    page: { component: Programme },
    props: noProps,
  }),
  // Proposing an event without an account, and the link of its confirmation e-mail.
  propose: route({
    ...at("/proposer"),
    title: "Proposer un événement — Maillage",
    section: "programme",
    page: { component: ProposalPage },
    props: noProps,
  }),
  "proposal-confirmation": route({
    ...at("/proposer/confirmation"),
    title: "Confirmation de votre proposition — Maillage",
    section: "programme",
    page: { component: ProposalConfirmationPage },
    props: noProps,
  }),
  // A signed-in editor's proposals: its list, and choosing the edition of a new one.
  "my-proposals": route({
    ...at("/propositions"),
    title: "Mes propositions — Maillage",
    section: null,
    page: { component: MyProposalsPage },
    props: noProps,
  }),
  "new-proposal": route({
    ...at("/propositions/nouvelle"),
    title: "Proposer un événement — Maillage",
    section: "programme",
    page: { component: NewProposalPage },
    props: noProps,
  }),
  event: route({
    ...at("/evenements/:id"),
    title: "Événement — Maillage",
    section: "programme",
    page: { component: EventPage },
    props: recordProps,
    key: byId,
  }),
  network: route({
    ...at("/reseau"),
    title: "Réseau de coopération — Maillage",
    section: "network",
    // Drawn with sigma.js over graphology: loaded when visited only.
    page: {
      load: () => import("./routes/network/NetworkPage.svelte"),
      loading: "Chargement de la page du réseau…",
      failed: "La page du réseau n'a pas pu être chargée. Vérifiez votre connexion puis rechargez la page.",
    },
    props: noProps,
  }),
  plannings: route({
    ...at("/planning"),
    title: "Planning — Maillage",
    section: "planning",
    page: { component: PlanningIndex },
    props: noProps,
  }),
  // Before the planning: « import » is none of its views.
  "events-import": route({
    ...at("/planning/:edition/import"),
    title: "Importer des événements — Maillage",
    section: "planning",
    page: { component: ImportPage },
    props: ({ edition }) => ({ kind: "EVENTS" as const, editionId: edition }),
    key: ({ edition }) => edition,
  }),
  planning: route({
    ...planningAddress,
    title: "Planning — Maillage",
    section: "planning",
    page: { component: PlanningPage },
    props: ({ id, view, eventId }) => ({ id, view, eventId }),
    // The edition's header stays while its tabs change.
    key: byId,
  }),
  "not-found": route({
    address: "any other address",
    parse: (): Record<string, never> | null => null,
    build: () => "/",
    title: "Page introuvable — Maillage",
    section: null,
    page: { component: NotFound },
    props: noProps,
  }),
};

export type RouteName = keyof typeof ROUTES;
export type RouteParams<Name extends RouteName> = NonNullable<ReturnType<(typeof ROUTES)[Name]["parse"]>>;
export type Route = { [Name in RouteName]: { name: Name; params: RouteParams<Name> } }[RouteName];

// ─── Reading and writing addresses ──────────────────────────────────────────

export function parseRoute(pathname: string): Route {
  const segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  for (const [name, definition] of Object.entries(ROUTES) as [RouteName, RouteDefinition<unknown, Record<string, unknown>>][]) {
    const params = definition.parse(segments);
    if (params) return { name, params } as Route;
  }
  return { name: "not-found", params: {} };
}

export function pathTo<Name extends RouteName>(name: Name, params: RouteParams<Name>): string {
  return (ROUTES[name] as RouteDefinition<RouteParams<Name>, Record<string, unknown>>).build(params);
}

/** What App.svelte shows for a route: its component, its props, and what keeps it mounted. */
export function pageOf(current: Route, context: { byNavigation: boolean }) {
  const definition = ROUTES[current.name] as RouteDefinition<unknown, Record<string, unknown>>;
  return {
    page: definition.page,
    props: definition.props(current.params, context),
    key: definition.key ? `${current.name}/${definition.key(current.params)}` : current.name,
    title: definition.title,
    section: definition.section,
  };
}

export const territoryPath = (territory: { kind: TerritoryKind; code: string }) =>
  pathTo("territories", { kind: territory.kind, code: territory.code });
export const organisationPath = (organisation: { id: string }) => pathTo("organisation", { id: organisation.id });
export const collectivePath = (collective: { id: string }) => pathTo("collective", { id: collective.id });
export const cotessPath = (cotess: { id: string }) => pathTo("cotess", { id: cotess.id });
export const maisonPath = (maison: { id: string }) => pathTo("maison", { id: maison.id });
export const eventPath = (event: { id: string }) => pathTo("event", { id: event.id });
export const sourcePath = (source: { id: string }) => pathTo("source", { id: source.id });

/** The cooperation network, its scope in the query string ("territory=246200364"). */
export const networkPath = (query: string | URLSearchParams = "") => {
  const search = query.toString();
  return search ? `${pathTo("network", {})}?${search}` : pathTo("network", {});
};

/** The planning of an edition, one of its views, or the form of one of its events. */
export const planningPath = (editionId: string, view: PlanningView = "calendar", eventId?: string) =>
  pathTo("planning", { id: editionId, view, eventId: eventId ?? null });

/** The sign-in page, to come back to `back` afterwards. */
export const signInPathFrom = (back: string) => {
  const signIn = pathTo("sign-in", {});
  return back === signIn ? signIn : `${signIn}?retour=${encodeURIComponent(back)}`;
};
