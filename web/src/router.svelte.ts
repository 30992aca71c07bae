// Client-side routing on the History API: one route per user task, few
// enough to be read by hand without a router library. Addresses are French
// (they are read and shared by people), identifiers in code are English.
import type { TerritoryKind } from "./graphql/territories.ts";

export type Route =
  | { name: "territories"; kind: TerritoryKind | null; code: string | null }
  | { name: "organisations" }
  | { name: "organisation"; id: string }
  | { name: "collectives" }
  | { name: "collective"; id: string }
  | { name: "cotess-list" }
  | { name: "cotess"; id: string }
  | { name: "maisons" }
  | { name: "maison"; id: string }
  | { name: "sign-in" }
  | { name: "programme" }
  | { name: "event"; id: string }
  | { name: "network" }
  | { name: "plannings" }
  | { name: "planning"; id: string; view: PlanningView; eventId: string | null }
  | { name: "not-found" };

/** The tasks of an edition's planning, each at its own address under /planning/<edition>. */
export type PlanningView = "calendar" | "list" | "clashes" | "blind-spots" | "report" | "feeds" | "new-event" | "edit-event";

const PLANNING_VIEWS: Record<string, PlanningView> = {
  "par-epci": "list",
  conflits: "clashes",
  "angles-morts": "blind-spots",
  bilan: "report",
  agendas: "feeds",
};

const KINDS: readonly string[] = ["REGION", "DEPARTEMENT", "EPCI", "COMMUNE"] satisfies TerritoryKind[];

// First segment of the address → the list route and the page of one record.
const SECTIONS = {
  organisations: ["organisations", "organisation"],
  collectifs: ["collectives", "collective"],
  cotess: ["cotess-list", "cotess"],
  maisons: ["maisons", "maison"],
} as const;

export function parseRoute(pathname: string): Route {
  const segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (segments.length === 0 || (segments.length === 1 && segments[0] === "territoires")) {
    return { name: "territories", kind: null, code: null };
  }
  if (segments.length === 3 && segments[0] === "territoires" && KINDS.includes(segments[1].toUpperCase())) {
    return { name: "territories", kind: segments[1].toUpperCase() as TerritoryKind, code: segments[2] };
  }
  if (segments.length === 1 && segments[0] === "connexion") return { name: "sign-in" };
  if (segments.length === 1 && segments[0] === "programme") return { name: "programme" };
  if (segments.length === 1 && segments[0] === "reseau") return { name: "network" };
  if (segments.length === 2 && segments[0] === "evenements") return { name: "event", id: segments[1] };
  if (segments[0] === "planning") {
    if (segments.length === 1) return { name: "plannings" };
    const id = segments[1];
    if (segments.length === 2) return { name: "planning", id, view: "calendar", eventId: null };
    if (segments.length === 3 && Object.hasOwn(PLANNING_VIEWS, segments[2])) {
      return { name: "planning", id, view: PLANNING_VIEWS[segments[2]], eventId: null };
    }
    if (segments.length === 4 && segments[2] === "evenements") {
      return segments[3] === "nouveau"
        ? { name: "planning", id, view: "new-event", eventId: null }
        : { name: "planning", id, view: "edit-event", eventId: segments[3] };
    }
    return { name: "not-found" };
  }
  const section = Object.hasOwn(SECTIONS, segments[0]) ? SECTIONS[segments[0] as keyof typeof SECTIONS] : null;
  if (section && segments.length === 1) return { name: section[0] };
  if (section && segments.length === 2) return { name: section[1], id: segments[1] };
  return { name: "not-found" };
}

export const territoryPath = (territory: { kind: TerritoryKind; code: string }) =>
  `/territoires/${territory.kind}/${encodeURIComponent(territory.code)}`;
export const organisationPath = (organisation: { id: string }) => `/organisations/${encodeURIComponent(organisation.id)}`;
export const collectivePath = (collective: { id: string }) => `/collectifs/${encodeURIComponent(collective.id)}`;
export const cotessPath = (cotess: { id: string }) => `/cotess/${encodeURIComponent(cotess.id)}`;
export const maisonPath = (maison: { id: string }) => `/maisons/${encodeURIComponent(maison.id)}`;
export const eventPath = (event: { id: string }) => `/evenements/${encodeURIComponent(event.id)}`;
/** The cooperation network, its scope in the query string ("territory=246200364"). */
export const networkPath = (query: string | URLSearchParams = "") => {
  const search = query.toString();
  return search ? `/reseau?${search}` : "/reseau";
};

const PLANNING_SEGMENT = Object.fromEntries(Object.entries(PLANNING_VIEWS).map(([segment, view]) => [view, segment])) as Record<PlanningView, string>;

/** The planning of an edition, one of its views, or the form of one of its events. */
export function planningPath(editionId: string, view: PlanningView = "calendar", eventId?: string): string {
  const base = `/planning/${encodeURIComponent(editionId)}`;
  if (view === "calendar") return base;
  if (view === "new-event") return `${base}/evenements/nouveau`;
  if (view === "edit-event") return `${base}/evenements/${encodeURIComponent(eventId ?? "")}`;
  return `${base}/${PLANNING_SEGMENT[view]}`;
}

/** The sign-in page, to come back here afterwards. */
export const signInPath = (back: string = window.location.pathname) =>
  back === "/connexion" ? "/connexion" : `/connexion?retour=${encodeURIComponent(back)}`;

/** Where the sign-in page sends the person back: a path of this site only. */
export function returnPath(search: string = window.location.search): string {
  const back = new URLSearchParams(search).get("retour");
  return back && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/connexion") ? back : "/planning";
}

const current = $state({
  pathname: window.location.pathname,
  search: window.location.search,
  // False on the first page load: focus stays where the browser puts it.
  byNavigation: false,
});

export const router = {
  get route(): Route {
    return parseRoute(current.pathname);
  },
  get byNavigation() {
    return current.byNavigation;
  },
  /** The query string ("?retour=/planning"), for the pages that read one. */
  get search() {
    return current.search;
  },
};

/** Goes to a page of the app; `replace` when the current address should not stay in the history. */
export function navigate(path: string, options: { replace?: boolean } = {}) {
  if (path === window.location.pathname + window.location.search) return;
  if (options.replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  current.pathname = window.location.pathname;
  current.search = window.location.search;
  current.byNavigation = true;
  // A new page starts at its top, as it would after a full load.
  window.scrollTo(0, 0);
}

/**
 * Rewrites the query string of the current page (filters a reader may
 * share), without a new entry in the history, a scroll or a focus change.
 */
export function replaceSearch(search: string) {
  const normalised = search && !search.startsWith("?") ? `?${search}` : search;
  if (normalised === window.location.search) return;
  history.replaceState(null, "", window.location.pathname + normalised + window.location.hash);
  current.search = window.location.search;
}

window.addEventListener("popstate", () => {
  current.pathname = window.location.pathname;
  current.search = window.location.search;
  current.byNavigation = true;
});

// Plain <a href> everywhere (bookmarkable, open in a new tab), followed here
// without reloading when it is an ordinary click on a page of the app.
document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest("a");
  if (!anchor || anchor.target || anchor.hasAttribute("download") || anchor.origin !== window.location.origin) return;
  // Jumps within the page ("#organisations") are the browser's.
  if (anchor.hash && anchor.pathname === window.location.pathname) return;
  // Files the server makes (/exports/…) are no page of the app.
  if (parseRoute(anchor.pathname).name === "not-found") return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
});
