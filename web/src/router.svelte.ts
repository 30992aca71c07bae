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
  | { name: "not-found" };

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

const current = $state({
  pathname: window.location.pathname,
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
};

export function navigate(path: string) {
  if (path === window.location.pathname) return;
  history.pushState(null, "", path);
  current.pathname = window.location.pathname;
  current.byNavigation = true;
  // A new page starts at its top, as it would after a full load.
  window.scrollTo(0, 0);
}

window.addEventListener("popstate", () => {
  current.pathname = window.location.pathname;
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
  navigate(anchor.pathname);
});
