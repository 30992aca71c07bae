// Client-side routing on the History API: one route per user task, few
// enough to be read by hand without a router library.
import type { TerritoryKind } from "./graphql/territories.ts";

export type Route =
  | { name: "territories"; kind: TerritoryKind | null; code: string | null }
  | { name: "not-found" };

const KINDS: readonly string[] = ["REGION", "DEPARTEMENT", "EPCI", "COMMUNE"] satisfies TerritoryKind[];

export function parseRoute(pathname: string): Route {
  const segments = pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (segments.length === 0 || (segments.length === 1 && segments[0] === "territoires")) {
    return { name: "territories", kind: null, code: null };
  }
  if (segments.length === 3 && segments[0] === "territoires" && KINDS.includes(segments[1].toUpperCase())) {
    return { name: "territories", kind: segments[1].toUpperCase() as TerritoryKind, code: segments[2] };
  }
  return { name: "not-found" };
}

export const territoryPath = (territory: { kind: TerritoryKind; code: string }) =>
  `/territoires/${territory.kind}/${encodeURIComponent(territory.code)}`;

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
}

window.addEventListener("popstate", () => {
  current.pathname = window.location.pathname;
  current.byNavigation = true;
});

// Plain <a href> everywhere (bookmarkable, open in a new tab), followed here
// without reloading when it is an ordinary click on an address of the app.
document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest("a");
  if (!anchor || anchor.target || anchor.hasAttribute("download") || anchor.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(anchor.pathname);
});
