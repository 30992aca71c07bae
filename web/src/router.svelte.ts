// Client-side routing on the History API: the pages and their addresses are
// the table of routes.ts; here, the current address, going from page to page,
// and the links followed without reloading.
import { parseRoute, signInPathFrom, type Route } from "./routes.ts";

const current = $state({
  pathname: "/",
  search: "",
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

/** The sign-in page, to come back here afterwards. */
export const signInPath = (back: string = window.location.pathname) => signInPathFrom(back);

/** Where the sign-in page sends the person back: a path of this site only. */
export function returnPath(search: string = window.location.search): string {
  const back = new URLSearchParams(search).get("retour");
  return back && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/connexion") ? back : "/planning";
}

/**
 * Reads the address the app was opened at and follows the browser's history
 * and the links of the pages from then on (main.ts, before mounting the app).
 */
export function startRouter() {
  current.pathname = window.location.pathname;
  current.search = window.location.search;

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
}
