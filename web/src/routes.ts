// The pages of the web app, one entry each: its French address (read and
// shared by people), how an address is read into parameters and written back,
// its title, its section of the site's navigation and its component. The
// router (router.svelte.ts), the path helpers below and App.svelte's titles,
// navigation and page switch all read this table: a new page is a new entry.
import type { Component } from "svelte";
import type { TerritoryKind } from "./graphql/territories.ts";
import { ADDRESSES, parseAddress, type AddressName, type TerritoryKindName } from "./addresses.ts";
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
import ImportList from "./routes/imports/ImportList.svelte";
import EmbedBuilder from "./routes/embed/EmbedBuilder.svelte";

import type { PlanningView } from "./addresses.ts";
export type { PlanningView };

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

// ─── The pages ──────────────────────────────────────────────────────────────

export const ROUTES = {
  territories: route({
    ...ADDRESSES["territories"],
    section: "territories",
    page: { component: TerritoryFinder },
    props: ({ kind, code }) => ({ kind, code }),
  }),
  organisations: route({
    ...ADDRESSES["organisations"],
    section: "organisations",
    page: { component: OrganisationIndex },
    props: noProps,
  }),
  // Before the organisation's page: « nouvelle » is no organisation's id.
  "organisation-new": route({
    ...ADDRESSES["organisation-new"],
    section: "organisations",
    page: { component: NewOrganisationPage },
    props: noProps,
  }),
  // Before the organisation's page: « import » is no organisation's id.
  "organisations-import": route({
    ...ADDRESSES["organisations-import"],
    section: "organisations",
    page: { component: ImportPage },
    props: () => ({ kind: "ORGANISATIONS" as const, editionId: null }),
  }),
  "organisations-imports": route({
    ...ADDRESSES["organisations-imports"],
    section: "organisations",
    page: { component: ImportList },
    props: () => ({ kind: "ORGANISATIONS" as const, editionId: null }),
  }),
  organisation: route({
    ...ADDRESSES["organisation"],
    section: "organisations",
    page: { component: OrganisationPage },
    props: recordProps,
    key: byId,
  }),
  "organisation-edit": route({
    ...ADDRESSES["organisation-edit"],
    section: "organisations",
    page: { component: EditOrganisationPage },
    props: recordProps,
    key: byId,
  }),
  collectives: route({
    ...ADDRESSES["collectives"],
    section: "collectives",
    page: { component: CollectiveIndex },
    props: noProps,
  }),
  collective: route({
    ...ADDRESSES["collective"],
    section: "collectives",
    page: { component: CollectivePage },
    props: recordProps,
    key: byId,
  }),
  "cotess-list": route({
    ...ADDRESSES["cotess-list"],
    section: "cotess",
    page: { component: CotessIndex },
    props: noProps,
  }),
  cotess: route({
    ...ADDRESSES["cotess"],
    section: "cotess",
    page: { component: CotessPage },
    props: recordProps,
    key: byId,
  }),
  maisons: route({
    ...ADDRESSES["maisons"],
    section: "maisons",
    page: { component: MaisonIndex },
    props: noProps,
  }),
  maison: route({
    ...ADDRESSES["maison"],
    section: "maisons",
    page: { component: MaisonPage },
    props: recordProps,
    key: byId,
  }),
  sources: route({
    ...ADDRESSES["sources"],
    section: "sources",
    page: { component: SourceIndex },
    props: noProps,
  }),
  source: route({
    ...ADDRESSES["source"],
    section: "sources",
    page: { component: SourcePage },
    props: recordProps,
    key: byId,
  }),
  "sign-in": route({
    ...ADDRESSES["sign-in"],
    section: null,
    page: { component: SignInPage },
    props: noProps,
  }),
  // The account's pages are no section of the navigation: the header links
  // to « Mon compte » and « Administration » beside the signed-in name, and
  // the e-mails link to the invitation and the password pages.
  account: route({
    ...ADDRESSES["account"],
    section: null,
    page: { component: AccountPage },
    props: noProps,
  }),
  invitation: route({
    ...ADDRESSES["invitation"],
    section: null,
    page: { component: InvitationPage },
    props: noProps,
  }),
  "password-reset": route({
    ...ADDRESSES["password-reset"],
    section: null,
    page: { component: PasswordResetPage },
    props: noProps,
  }),
  // The link of each digest and notice (its token in « jeton »): stops that topic of e-mail.
  unsubscribe: route({
    ...ADDRESSES["unsubscribe"],
    section: null,
    page: { component: UnsubscribePage },
    props: noProps,
  }),
  "password-forgotten": route({
    ...ADDRESSES["password-forgotten"],
    section: null,
    page: { component: ForgottenPasswordPage },
    props: noProps,
  }),
  administration: route({
    ...ADDRESSES["administration"],
    section: null,
    page: { component: AdministrationPage },
    props: noProps,
  }),
  "audit-trail": route({
    ...ADDRESSES["audit-trail"],
    section: null,
    page: { component: AuditTrailPage },
    props: noProps,
  }),
  programme: route({
    ...ADDRESSES["programme"],
    section: "programme",
    page: { component: Programme },
    props: noProps,
  }),
  // Proposing an event without an account, and the link of its confirmation e-mail.
  propose: route({
    ...ADDRESSES["propose"],
    section: "programme",
    page: { component: ProposalPage },
    props: noProps,
  }),
  "proposal-confirmation": route({
    ...ADDRESSES["proposal-confirmation"],
    section: "programme",
    page: { component: ProposalConfirmationPage },
    props: noProps,
  }),
  // A signed-in editor's proposals: its list, and choosing the edition of a new one.
  "my-proposals": route({
    ...ADDRESSES["my-proposals"],
    section: null,
    page: { component: MyProposalsPage },
    props: noProps,
  }),
  "new-proposal": route({
    ...ADDRESSES["new-proposal"],
    section: "programme",
    page: { component: NewProposalPage },
    props: noProps,
  }),
  event: route({
    ...ADDRESSES["event"],
    section: "programme",
    page: { component: EventPage },
    props: recordProps,
    key: byId,
  }),
  // The snippet that puts the programme on a partner's site (the widget itself is the server's: /integrer/programme).
  embed: route({
    ...ADDRESSES["embed"],
    section: "programme",
    page: { component: EmbedBuilder },
    props: noProps,
  }),
  network: route({
    ...ADDRESSES["network"],
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
    ...ADDRESSES["plannings"],
    section: "planning",
    page: { component: PlanningIndex },
    props: noProps,
  }),
  // Before the planning: « import » is none of its views.
  "events-import": route({
    ...ADDRESSES["events-import"],
    section: "planning",
    page: { component: ImportPage },
    props: ({ edition }) => ({ kind: "EVENTS" as const, editionId: edition }),
    key: ({ edition }) => edition,
  }),
  "events-imports": route({
    ...ADDRESSES["events-imports"],
    section: "planning",
    page: { component: ImportList },
    props: ({ edition }) => ({ kind: "EVENTS" as const, editionId: edition }),
    key: ({ edition }) => edition,
  }),
  planning: route({
    ...ADDRESSES["planning"],
    section: "planning",
    page: { component: PlanningPage },
    props: ({ id, view, eventId }) => ({ id, view, eventId }),
    // The edition's header stays while its tabs change.
    key: byId,
  }),
  "not-found": route({
    ...ADDRESSES["not-found"],
    section: null,
    page: { component: NotFound },
    props: noProps,
  }),
};

// Checked by the compiler: every address has its page and every page its
// address, and the address table names territory kinds as GraphQL does.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tablesAgree: [Same<keyof typeof ROUTES, AddressName>, Same<TerritoryKind, TerritoryKindName>] = [true, true];
void tablesAgree;

export type RouteName = keyof typeof ROUTES;
export type RouteParams<Name extends RouteName> = NonNullable<ReturnType<(typeof ROUTES)[Name]["parse"]>>;
export type Route = { [Name in RouteName]: { name: Name; params: RouteParams<Name> } }[RouteName];

// ─── Reading and writing addresses ──────────────────────────────────────────

/** The page an address names (addresses.ts reads it, for the server too). */
export const parseRoute = (pathname: string): Route => parseAddress(pathname) as Route;

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
