// Links to an iCalendar feed of the server: webcal:// asks the reader's
// calendar application to subscribe, http(s):// downloads the file.
export interface FeedLinks {
  webcal: string;
  https: string;
}

export function feedLinks(path: string): FeedLinks {
  const { host, protocol } = window.location;
  return { webcal: `webcal://${host}${path}`, https: `${protocol}//${host}${path}` };
}

/** The feed of the published events located in a territory (its code says its level, but for a région). */
export const territoryFeedPath = (territory: { kind: string; code: string }) =>
  `/calendar/territories/${encodeURIComponent(territory.code)}.ics${territory.kind === "REGION" ? "?kind=REGION" : ""}`;
