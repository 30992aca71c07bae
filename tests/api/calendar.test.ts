// The iCalendar feeds, read back by an independent parser (Debian's Python
// icalendar) rather than by the library that wrote them: what a calendar app
// would see, times included on either side of the end of daylight saving.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";
import { sqlStatementsSoFar } from "../../server/core/sql-statements.ts";

const PARSE_ICALENDAR = `
import datetime, json, sys
from icalendar import Calendar

calendar = Calendar.from_ical(sys.stdin.buffer.read())

def zone(value):
    tz = value.tzinfo
    return getattr(tz, "zone", None) or getattr(tz, "key", None) or (str(tz) if tz else None)

def when(prop):
    value = prop.dt
    return {
        "local": value.isoformat(),
        "utc": value.astimezone(datetime.timezone.utc).isoformat() if value.tzinfo else None,
        "zone": zone(value),
        "tzid": prop.params.get("TZID"),
    }

def categories(prop):
    return [str(c) for c in getattr(prop, "cats", prop or [])]

print(json.dumps({
    "name": str(calendar.get("X-WR-CALNAME")),
    "prodid": str(calendar.get("PRODID")),
    "method": str(calendar.get("METHOD")),
    "timezones": [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")],
    "events": [{
        "uid": str(event.get("UID")),
        "status": str(event.get("STATUS")),
        "sequence": int(event.get("SEQUENCE")),
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION")),
        "location": str(event.get("LOCATION")),
        "url": str(event.get("URL")),
        "categories": categories(event.get("CATEGORIES")),
        "start": when(event.get("DTSTART")),
        "end": when(event.get("DTEND")),
        "stamp": when(event.get("DTSTAMP")),
        "lastModified": when(event.get("LAST-MODIFIED")),
    } for event in calendar.walk("VEVENT")],
}))
`;

interface When {
  local: string;
  utc: string | null;
  zone: string | null;
  tzid: string | null;
}

interface ParsedCalendar {
  name: string;
  prodid: string;
  method: string;
  timezones: string[];
  events: {
    uid: string;
    status: string;
    sequence: number;
    summary: string;
    description: string;
    location: string;
    url: string;
    categories: string[];
    start: When;
    end: When;
    stamp: When;
    lastModified: When;
  }[];
}

function parseICalendar(text: string): ParsedCalendar {
  return JSON.parse(execFileSync("/usr/bin/python3", ["-c", PARSE_ICALENDAR], { input: text, encoding: "utf8" })) as ParsedCalendar;
}

let server: TestServer;

interface Feed {
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  sqlStatements: number;
  calendar: ParsedCalendar;
}

async function fetchFeed(path: string): Promise<Feed> {
  const before = sqlStatementsSoFar();
  const response = await fetch(`${server.url}${path}`);
  const text = await response.text();
  const sqlStatements = sqlStatementsSoFar() - before;
  expect(response.status, text).toBe(200);
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    cacheControl: response.headers.get("cache-control"),
    sqlStatements,
    calendar: parseICalendar(text),
  };
}

// A fresh network organisation per run: its edition can be "2026" without
// meeting the one-edition-per-network-and-year rule, and its feed holds only
// the events written here.
const run = randomUUID();
const organisationId = `test-calendar-org-${run}`;
const organisationName = "Coopérative d'essai, calendrier";
const partnerId = "afev-artois";
const editionId = `test-calendar-${run}`;

const eventIds = {
  twoSessions: randomUUID(),
  draft: randomUUID(),
  proposed: randomUUID(),
  cancelledAfterPublication: randomUUID(),
  cancelledNeverPublished: randomUUID(),
  inLille: randomUUID(),
  partnerInHenin: randomUUID(),
};
const sessionIds = {
  october: randomUUID(),
  november: randomUUID(),
  draft: randomUUID(),
  proposed: randomUUID(),
  cancelledAfterPublication: randomUUID(),
  cancelledNeverPublished: randomUUID(),
  inLille: randomUUID(),
  partnerInHenin: randomUUID(),
};
const uid = (sessionId: string) => `${sessionId}@maillage`;
const ourUids = new Set(Object.values(sessionIds).map(uid));
const ours = (calendar: ParsedCalendar) => calendar.events.filter((event) => ourUids.has(event.uid));
const uidsOf = (calendar: ParsedCalendar) => ours(calendar).map((event) => event.uid).sort();

beforeAll(async () => {
  server = await startTestServer();
  const prisma = server.prisma;
  const territories = await prisma.territory.findMany({
    where: {
      OR: [
        { kind: "COMMUNE", code: { in: ["62498", "62427", "59350"] } },
        { kind: "EPCI", code: "246200364" },
        { kind: "DEPARTEMENT", code: "62" },
      ],
    },
    select: { id: true, kind: true, code: true },
  });
  const territoryId = (kind: string, code: string) => territories.find((t) => t.kind === kind && t.code === code)!.id;
  const lens = territoryId("COMMUNE", "62498");
  const henin = territoryId("COMMUNE", "62427");
  const lille = territoryId("COMMUNE", "59350");

  await prisma.organisation.create({
    data: {
      id: organisationId,
      name: organisationName,
      legalForm: "SCIC",
      family: "COOPERATIVE",
      sectors: [],
      searchText: " cooperative d essai calendrier",
      legalFormCertainty: "STATED",
    },
  });
  await prisma.edition.create({
    data: {
      id: editionId,
      year: 2026,
      title: "Bassin minier (essai)",
      networkOrganisationId: organisationId,
      startsOn: new Date("2026-10-20"),
      endsOn: new Date("2026-11-30"),
      territories: { create: [{ territoryId: territoryId("EPCI", "246200364") }, { territoryId: territoryId("DEPARTEMENT", "62") }] },
    },
  });

  const published = new Date("2026-09-01T08:00:00Z");
  type Seed = {
    id: string;
    title: string;
    status: "DRAFT" | "PROPOSED" | "CONFIRMED" | "CANCELLED";
    publishedAt: Date | null;
    communeId: number;
    version: number;
    // Instants written in UTC: the Paris wall clock is for the parser to find.
    sessions: { id: string; startsAt: string; endsAt: string }[];
    coOrganisers: { organisationId: string; role: "LEAD" | "PARTNER" }[];
  };
  const lead = [{ organisationId, role: "LEAD" as const }];
  const seeds: Seed[] = [
    {
      id: eventIds.twoSessions, title: "Conférence sur les communs", status: "CONFIRMED", publishedAt: published, communeId: lens, version: 3,
      sessions: [
        { id: sessionIds.october, startsAt: "2026-10-24T16:00:00Z", endsAt: "2026-10-24T18:00:00Z" },
        { id: sessionIds.november, startsAt: "2026-11-05T17:00:00Z", endsAt: "2026-11-05T19:00:00Z" },
      ],
      coOrganisers: [{ organisationId: partnerId, role: "PARTNER" }, ...lead],
    },
    {
      id: eventIds.draft, title: "Brouillon", status: "DRAFT", publishedAt: null, communeId: lens, version: 1,
      sessions: [{ id: sessionIds.draft, startsAt: "2026-11-06T17:00:00Z", endsAt: "2026-11-06T18:00:00Z" }], coOrganisers: lead,
    },
    {
      id: eventIds.proposed, title: "Proposition", status: "PROPOSED", publishedAt: null, communeId: lens, version: 2,
      sessions: [{ id: sessionIds.proposed, startsAt: "2026-11-07T17:00:00Z", endsAt: "2026-11-07T18:00:00Z" }], coOrganisers: lead,
    },
    {
      id: eventIds.cancelledAfterPublication, title: "Marché solidaire", status: "CANCELLED", publishedAt: published, communeId: henin, version: 5,
      sessions: [{ id: sessionIds.cancelledAfterPublication, startsAt: "2026-11-12T13:00:00Z", endsAt: "2026-11-12T17:00:00Z" }], coOrganisers: lead,
    },
    {
      id: eventIds.cancelledNeverPublished, title: "Jamais publié", status: "CANCELLED", publishedAt: null, communeId: lens, version: 2,
      sessions: [{ id: sessionIds.cancelledNeverPublished, startsAt: "2026-11-13T13:00:00Z", endsAt: "2026-11-13T14:00:00Z" }], coOrganisers: lead,
    },
    {
      id: eventIds.inLille, title: "Forum à Lille", status: "CONFIRMED", publishedAt: published, communeId: lille, version: 1,
      sessions: [{ id: sessionIds.inLille, startsAt: "2026-11-14T09:00:00Z", endsAt: "2026-11-14T12:00:00Z" }],
      coOrganisers: [{ organisationId: partnerId, role: "LEAD" }],
    },
    {
      id: eventIds.partnerInHenin, title: "Portes ouvertes", status: "CONFIRMED", publishedAt: published, communeId: henin, version: 1,
      sessions: [{ id: sessionIds.partnerInHenin, startsAt: "2026-11-18T09:00:00Z", endsAt: "2026-11-18T12:00:00Z" }],
      coOrganisers: [{ organisationId: partnerId, role: "LEAD" }, { organisationId, role: "PARTNER" }],
    },
  ];
  for (const seed of seeds) {
    await prisma.event.create({
      data: {
        id: seed.id,
        editionId,
        title: seed.title,
        type: seed.id === eventIds.twoSessions ? "CONFERENCE_DEBAT" : "FORUM",
        description: seed.id === eventIds.twoSessions ? "Une soirée d'échanges; entrée libre, sur inscription." : null,
        status: seed.status,
        publishedAt: seed.publishedAt,
        venueAddress: "Place Jean Jaurès",
        communeId: seed.communeId,
        version: seed.version,
        sessions: {
          create: seed.sessions.map((session, position) => ({
            id: session.id, editionId, position, startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt),
          })),
        },
        coOrganisers: { create: seed.coOrganisers },
      },
    });
  }
});

afterAll(async () => {
  // Events, sessions and co-organisers go with the edition.
  await server.prisma.edition.deleteMany({ where: { id: editionId } });
  await server.prisma.organisation.deleteMany({ where: { id: organisationId } });
  await server.close();
});

describe("calendar feeds", () => {
  it("serves an edition's published events as RFC 5545 with the Europe/Paris timezone", async () => {
    const feed = await fetchFeed(`/calendar/editions/${editionId}.ics`);
    expect(feed.contentType).toBe("text/calendar; charset=utf-8");
    expect(feed.cacheControl).toBe("public, max-age=300");
    expect(feed.sqlStatements).toBe(3);
    const { calendar } = feed;
    expect(calendar.name).toBe("Mois de l'ESS 2026 — Bassin minier (essai)");
    expect(calendar.prodid).toBe("-//Maillage//Mois de l'ESS//FR");
    expect(calendar.method).toBe("PUBLISH");
    expect(calendar.timezones).toEqual(["Europe/Paris"]);

    // Drafts, proposals and never-published cancellations stay out.
    expect(calendar.events.map((event) => event.uid).sort()).toEqual(
      [sessionIds.october, sessionIds.november, sessionIds.cancelledAfterPublication, sessionIds.inLille, sessionIds.partnerInHenin].map(uid).sort(),
    );

    const byUid = new Map(calendar.events.map((event) => [event.uid, event]));
    const october = byUid.get(uid(sessionIds.october))!;
    const november = byUid.get(uid(sessionIds.november))!;
    for (const session of [october, november]) {
      expect(session.status).toBe("CONFIRMED");
      expect(session.sequence).toBe(3);
      expect(session.summary).toBe("Conférence sur les communs");
      expect(session.url).toBe(`${server.url}/evenements/${eventIds.twoSessions}`);
      expect(session.categories).toEqual(["Conférence-débat"]);
      expect(session.location).toBe("Place Jean Jaurès, Lens");
      expect(session.description).toContain("Une soirée d'échanges; entrée libre, sur inscription.");
      // The lead first, then the partner.
      expect(session.description).toMatch(/Co-organisé par : Coopérative d'essai, calendrier, AFEV Artois\./);
      expect(session.start.tzid).toBe("Europe/Paris");
      expect(session.start.zone).toBe("Europe/Paris");
      expect(session.stamp.zone).toBe("UTC");
      expect(session.lastModified.zone).toBe("UTC");
    }
    // Summer time until the last Sunday of October (UTC+2), winter time after (UTC+1).
    expect(october.start.local).toBe("2026-10-24T18:00:00+02:00");
    expect(october.start.utc).toBe("2026-10-24T16:00:00+00:00");
    expect(october.end.local).toBe("2026-10-24T20:00:00+02:00");
    expect(november.start.local).toBe("2026-11-05T18:00:00+01:00");
    expect(november.start.utc).toBe("2026-11-05T17:00:00+00:00");

    const cancelled = byUid.get(uid(sessionIds.cancelledAfterPublication))!;
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.sequence).toBe(5);
    expect(cancelled.summary).toBe("ANNULÉ — Marché solidaire");
    expect(cancelled.url).toMatch(new RegExp(`/evenements/${eventIds.cancelledAfterPublication}$`));
    expect(cancelled.start.local).toBe("2026-11-12T14:00:00+01:00");
  });

  it("serves a territory's feed with the events located within it", async () => {
    const lensAndHenin = [sessionIds.october, sessionIds.november, sessionIds.cancelledAfterPublication, sessionIds.partnerInHenin];

    const epci = await fetchFeed("/calendar/territories/246200364.ics");
    // The territory comes from memory (territory.store.ts): its fingerprint and its events only.
    expect(epci.sqlStatements).toBe(2);
    expect(epci.calendar.name).toBe("Événements ESS — CA de Lens - Liévin");
    expect(uidsOf(epci.calendar)).toEqual([sessionIds.october, sessionIds.november].map(uid).sort());

    const commune = await fetchFeed("/calendar/territories/62427.ics");
    expect(commune.calendar.name).toBe("Événements ESS — Hénin-Beaumont");
    expect(uidsOf(commune.calendar)).toEqual([sessionIds.cancelledAfterPublication, sessionIds.partnerInHenin].map(uid).sort());

    const departement = await fetchFeed("/calendar/territories/62.ics");
    expect(departement.calendar.name).toBe("Événements ESS — Pas-de-Calais");
    expect(uidsOf(departement.calendar)).toEqual(lensAndHenin.map(uid).sort());

    // "32" alone reads as a département (the Gers); the kind makes it the région.
    const region = await fetchFeed("/calendar/territories/32.ics?kind=REGION");
    expect(region.calendar.name).toBe("Événements ESS — Hauts-de-France");
    expect(uidsOf(region.calendar)).toEqual([...lensAndHenin, sessionIds.inLille].map(uid).sort());
    const gers = await fetchFeed("/calendar/territories/32.ics");
    expect(uidsOf(gers.calendar)).toEqual([]);
  });

  it("serves an organisation's feed with the events it co-organises", async () => {
    const feed = await fetchFeed(`/calendar/organisations/${organisationId}.ics`);
    expect(feed.sqlStatements).toBe(3);
    expect(feed.calendar.name).toBe(`Événements ESS — ${organisationName}`);
    // As lead or as partner; unpublished events and the Lille forum it is not part of stay out.
    expect(feed.calendar.events.map((event) => event.uid).sort()).toEqual(
      [sessionIds.october, sessionIds.november, sessionIds.cancelledAfterPublication, sessionIds.partnerInHenin].map(uid).sort(),
    );

    const partner = await fetchFeed(`/calendar/organisations/${partnerId}.ics`);
    expect(uidsOf(partner.calendar)).toEqual([sessionIds.october, sessionIds.november, sessionIds.inLille, sessionIds.partnerInHenin].map(uid).sort());
  });

  it("answers 304 to a calendar that has the feed already, and serves the new feed once an event changes", async () => {
    const path = `/calendar/editions/${editionId}.ics`;
    const first = await fetch(`${server.url}${path}`);
    await first.text();
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${server.url}${path}`, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);

    const event = await server.prisma.event.findFirstOrThrow({ where: { editionId, status: "CONFIRMED" } });
    await server.prisma.event.update({ where: { id: event.id }, data: { title: `${event.title} (modifié)`, version: { increment: 1 } } });
    try {
      const changed = await fetch(`${server.url}${path}`, { headers: { "if-none-match": etag! } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get("etag")).not.toBe(etag);
      expect(parseICalendar(await changed.text()).events.some((vevent) => vevent.summary === `${event.title} (modifié)`)).toBe(true);
    } finally {
      await server.prisma.event.update({ where: { id: event.id }, data: { title: event.title } });
    }
  });

  it("answers 404 for an unknown edition, territory or organisation, and 400 for a bad kind", async () => {
    const answer = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      return { status: response.status, code: body.errors[0].extensions.code, message: body.errors[0].message };
    };
    expect(await answer("/calendar/editions/no-such-edition.ics")).toEqual({
      status: 404, code: "NOT_FOUND", message: "Aucune édition du Mois de l'ESS n'a l'identifiant « no-such-edition ».",
    });
    expect(await answer("/calendar/territories/99999.ics")).toEqual({
      status: 404, code: "NOT_FOUND", message: "Aucun territoire n'a le code « 99999 ».",
    });
    expect(await answer("/calendar/organisations/no-such-organisation.ics")).toEqual({
      status: 404, code: "NOT_FOUND", message: "Aucune organisation n'a l'identifiant « no-such-organisation ».",
    });

    const badKind = await answer("/calendar/territories/62.ics?kind=CANTON");
    expect(badKind).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    expect(badKind.message).toMatch(/kind/);
    expect(await answer("/calendar/territories/62.ics?kind=toString")).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    // A code that cannot be one of the kind asked for is refused the same way.
    expect(await answer("/calendar/territories/62.ics?kind=EPCI")).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    expect(await answer("/calendar/territories/lens.ics")).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
  });
});

describe("text the iCalendar format forbids", () => {
  // Stored as they came (a title pasted from a word processor, a name typed
  // before the API refused control characters): the feed must drop them.
  const hostileRun = randomUUID();
  const hostileOrganisationId = `test-calendar-hostile-${hostileRun}`;
  const hostileEditionId = `test-calendar-hostile-${hostileRun}`;
  const hostileEventId = randomUUID();
  const hostileSessionId = randomUUID();
  const CONTROLS = "\u0001\u0002\u0007\u0008\u000B\u000C\u001B\u001F\u007F\uFFFE\uFFFF";
  const TITLE = `Forum${CONTROLS} de l'ESS\rédition 2026`;
  const DESCRIPTION = "Première ligne\u0003\r\nDeuxième ligne\tavec tabulation";
  const ORGANISATION = `Association\u0007 « Bip »\u001B, Lens`;

  beforeAll(async () => {
    const prisma = server.prisma;
    const lens = await prisma.territory.findFirstOrThrow({ where: { kind: "COMMUNE", code: "62498" }, select: { id: true } });
    await prisma.organisation.create({
      data: { id: hostileOrganisationId, name: ORGANISATION, legalForm: "ASSOCIATION", family: "ASSOCIATION", sectors: [], searchText: "association bip", legalFormCertainty: "STATED" },
    });
    await prisma.edition.create({
      data: {
        id: hostileEditionId, year: 2026, title: `Essai${CONTROLS}`, networkOrganisationId: hostileOrganisationId,
        startsOn: new Date("2026-11-01"), endsOn: new Date("2026-11-30"),
      },
    });
    await prisma.event.create({
      data: {
        id: hostileEventId, editionId: hostileEditionId, title: TITLE, type: "FORUM", description: DESCRIPTION,
        status: "CONFIRMED", publishedAt: new Date("2026-09-01T08:00:00Z"), venueAddress: `Place${CONTROLS} Jean Jaurès`,
        communeId: lens.id, version: 1,
        sessions: { create: [{ id: hostileSessionId, editionId: hostileEditionId, position: 0, startsAt: new Date("2026-11-20T09:00:00Z"), endsAt: new Date("2026-11-20T11:00:00Z") }] },
        coOrganisers: { create: [{ organisationId: hostileOrganisationId, role: "LEAD" }] },
      },
    });
  });

  afterAll(async () => {
    await server.prisma.edition.deleteMany({ where: { id: hostileEditionId } });
    await server.prisma.organisation.deleteMany({ where: { id: hostileOrganisationId } });
  });

  it.each([
    ["an edition's feed", () => `/calendar/editions/${hostileEditionId}.ics`],
    ["an organisation's feed", () => `/calendar/organisations/${hostileOrganisationId}.ics`],
  ])("%s carries no control character, and reads back with the text around them", async (_name, path) => {
    const response = await fetch(`${server.url}${path()}`);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString("utf8");
    // The only controls left: CRLF ending the content lines, and the tab.
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F\uFFFE\uFFFF]/);
    expect(bytes.includes(Buffer.from([0xef, 0xbf, 0xbd]))).toBe(false); // no U+FFFD from an unencodable character

    const calendar = parseICalendar(text);
    const event = calendar.events.find((vevent) => vevent.uid === uid(hostileSessionId))!;
    expect(event.summary).toBe("Forum de l'ESS\nédition 2026");
    expect(event.description).toBe(
      "Première ligne\nDeuxième ligne\tavec tabulation\n\nCo-organisé par : Association « Bip », Lens.",
    );
    expect(event.location).toBe("Place Jean Jaurès, Lens");
    expect(calendar.name).toMatch(/^(Mois de l'ESS 2026 — Essai|Événements ESS — Association « Bip », Lens)$/);
  });
});
