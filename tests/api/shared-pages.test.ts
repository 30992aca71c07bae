// The pages as the server sends them, read without running any JavaScript
// (what a link preview or a search engine reads): an event's head and its
// schema.org Event checked against the database, a hostile title kept inside
// its text, the 404 of addresses naming nothing, the one-event iCalendar file
// read by Debian's Python icalendar, and the programme for partners' sites.
// HTML is read by Python's html.parser: an independent parser, not the code
// that wrote it.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

const PARSE_HTML = `
import json, sys
from html.parser import HTMLParser

class Head(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = None
        self.meta = {}
        self.links = {}
        self.scripts = []
        self.stack = []
        self.text = ""
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key: self.meta[key] = attrs.get("content")
        elif tag == "link" and attrs.get("rel"):
            self.links[attrs["rel"]] = attrs.get("href")
        elif tag in ("title", "script"):
            self.stack.append((tag, attrs)); self.text = ""
    def handle_endtag(self, tag):
        if self.stack and self.stack[-1][0] == tag:
            _, attrs = self.stack.pop()
            if tag == "title": self.title = self.text
            else: self.scripts.append({"type": attrs.get("type"), "src": attrs.get("src"), "text": self.text})
    def handle_data(self, data):
        if self.stack: self.text += data

parser = Head()
parser.feed(sys.stdin.read())
print(json.dumps({"title": parser.title, "meta": parser.meta, "links": parser.links, "scripts": parser.scripts}))
`;

interface ParsedHead {
  title: string | null;
  meta: Record<string, string>;
  links: Record<string, string>;
  scripts: { type: string | null; src: string | null; text: string }[];
}

const parseHtml = (html: string) =>
  JSON.parse(execFileSync("/usr/bin/python3", ["-c", PARSE_HTML], { input: html, encoding: "utf8" })) as ParsedHead;

const PARSE_ICALENDAR = `
import json, sys
from icalendar import Calendar
calendar = Calendar.from_ical(sys.stdin.buffer.read())
print(json.dumps([{
    "uid": str(event.get("UID")),
    "status": str(event.get("STATUS")),
    "summary": str(event.get("SUMMARY")),
    "start": event.get("DTSTART").dt.isoformat(),
    "end": event.get("DTEND").dt.isoformat(),
    "url": str(event.get("URL")),
} for event in calendar.walk("VEVENT")]))
`;
const parseICalendar = (text: string) =>
  JSON.parse(execFileSync("/usr/bin/python3", ["-c", PARSE_ICALENDAR], { input: text, encoding: "utf8" })) as {
    uid: string; status: string; summary: string; start: string; end: string; url: string;
  }[];

let server: TestServer;
const run = randomUUID();
const organisationId = `test-share-org-${run}`;
const organisationName = "Coopérative d'essai, partage";
const partnerId = "afev-artois";
const editionId = `test-share-${run}`;
const HOSTILE = `</script><script>alert("x")</script> <!-- L'ESS & "nous" <b>`;
const ids = { twoSessions: `share-${run}-a`, hostile: `share-${run}-b`, cancelled: `share-${run}-c`, draft: `share-${run}-d` };
const sessionIds = { first: randomUUID(), second: randomUUID(), hostile: randomUUID(), cancelled: randomUUID(), draft: randomUUID() };

async function page(path: string, init?: RequestInit) {
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

beforeAll(async () => {
  server = await startTestServer();
  const prisma = server.prisma;
  const lens = await prisma.territory.findFirstOrThrow({ where: { kind: "COMMUNE", code: "62498" } });
  const epci = await prisma.territory.findFirstOrThrow({ where: { kind: "EPCI", code: "246200364" } });
  await prisma.organisation.create({
    data: {
      id: organisationId, name: organisationName, legalForm: "SCIC", family: "COOPERATIVE", sectors: [],
      searchText: " cooperative d essai partage", legalFormCertainty: "STATED",
    },
  });
  await prisma.edition.create({
    data: {
      id: editionId, year: 2026, title: "Partage (essai)", networkOrganisationId: organisationId,
      startsOn: new Date("2026-10-20"), endsOn: new Date("2026-11-30"), territories: { create: [{ territoryId: epci.id }] },
    },
  });
  const published = new Date("2026-09-01T08:00:00Z");
  const seeds = [
    {
      id: ids.twoSessions, title: "Conférence sur les communs", status: "CONFIRMED" as const, publishedAt: published,
      description: "Une soirée pour parler des communs.", venueAddress: "12 rue de la Gare, 62300 Lens",
      sessions: [
        { id: sessionIds.first, startsAt: "2026-10-24T16:00:00Z", endsAt: "2026-10-24T18:00:00Z" },
        { id: sessionIds.second, startsAt: "2026-11-05T17:00:00Z", endsAt: "2026-11-05T19:00:00Z" },
      ],
      coOrganisers: [{ organisationId: partnerId, role: "PARTNER" as const }, { organisationId, role: "LEAD" as const }],
    },
    {
      id: ids.hostile, title: HOSTILE, status: "CONFIRMED" as const, publishedAt: published, description: HOSTILE, venueAddress: "Place Jean Jaurès",
      sessions: [{ id: sessionIds.hostile, startsAt: "2026-11-06T17:00:00Z", endsAt: "2026-11-06T18:00:00Z" }],
      coOrganisers: [{ organisationId, role: "LEAD" as const }],
    },
    {
      id: ids.cancelled, title: "Marché solidaire", status: "CANCELLED" as const, publishedAt: published, description: null, venueAddress: "Grand-Place",
      sessions: [{ id: sessionIds.cancelled, startsAt: "2026-11-12T13:00:00Z", endsAt: "2026-11-12T17:00:00Z" }],
      coOrganisers: [{ organisationId, role: "LEAD" as const }],
    },
    {
      id: ids.draft, title: "Brouillon confidentiel", status: "DRAFT" as const, publishedAt: null, description: null, venueAddress: "Grand-Place",
      sessions: [{ id: sessionIds.draft, startsAt: "2026-11-13T13:00:00Z", endsAt: "2026-11-13T14:00:00Z" }],
      coOrganisers: [{ organisationId, role: "LEAD" as const }],
    },
  ];
  for (const seed of seeds) {
    await prisma.event.create({
      data: {
        id: seed.id, editionId, title: seed.title, type: "CONFERENCE_DEBAT", status: seed.status, publishedAt: seed.publishedAt,
        description: seed.description, venueAddress: seed.venueAddress, communeId: lens.id,
        sessions: { create: seed.sessions.map((session, position) => ({ ...session, editionId, position })) },
        coOrganisers: { create: seed.coOrganisers },
      },
    });
  }
}, 60_000);

afterAll(async () => {
  const prisma = server.prisma;
  await prisma.event.deleteMany({ where: { editionId } });
  await prisma.edition.deleteMany({ where: { id: editionId } });
  await prisma.organisation.deleteMany({ where: { id: organisationId } });
  await server.close();
});

const jsonLdOf = (head: ParsedHead) => {
  const blocks = head.scripts.filter((script) => script.type === "application/ld+json");
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0].text) as Record<string, any>;
};

describe("an event's page, as sent by the server", () => {
  it("names the event, with Open Graph tags and a schema.org Event matching the database", async () => {
    const response = await page(`/evenements/${ids.twoSessions}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const head = parseHtml(response.text);
    const event = await server.prisma.event.findUniqueOrThrow({
      where: { id: ids.twoSessions },
      include: { sessions: { orderBy: { position: "asc" } }, commune: true, coOrganisers: { include: { organisation: true } } },
    });
    expect(head.title).toBe(`${event.title} — Maillage`);
    const url = `${server.url}/evenements/${ids.twoSessions}`;
    expect(head.meta).toMatchObject({
      "og:title": event.title, "og:type": "website", "og:url": url, "og:locale": "fr_FR", "og:site_name": "Maillage",
    });
    expect(head.meta["og:description"]).toBe(head.meta.description);
    expect(head.meta.description).toContain("Lens");
    expect(head.meta.description).toContain("samedi 24 octobre 2026 à 18 h 00");
    expect(head.links.canonical).toBe(url);

    const jsonLd = jsonLdOf(head);
    expect(jsonLd["@context"]).toBe("https://schema.org");
    expect(jsonLd["@type"]).toBe("Event");
    expect(jsonLd.name).toBe(event.title);
    expect(jsonLd.description).toBe(event.description);
    expect(jsonLd.url).toBe(url);
    // Paris time with its offset: summer time in October, winter time in November.
    expect(jsonLd.startDate).toBe("2026-10-24T18:00:00+02:00");
    expect(jsonLd.endDate).toBe("2026-11-05T20:00:00+01:00");
    expect(new Date(jsonLd.startDate).getTime()).toBe(event.sessions[0].startsAt.getTime());
    expect(new Date(jsonLd.endDate).getTime()).toBe(event.sessions[1].endsAt.getTime());
    expect(jsonLd.subEvent.map((session: any) => [new Date(session.startDate).getTime(), new Date(session.endDate).getTime()])).toEqual(
      event.sessions.map((session) => [session.startsAt.getTime(), session.endsAt.getTime()]),
    );
    expect(jsonLd.eventStatus).toBe("https://schema.org/EventScheduled");
    expect(jsonLd.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
    expect(jsonLd.location).toEqual({
      "@type": "Place",
      name: event.commune.name,
      address: { "@type": "PostalAddress", streetAddress: event.venueAddress, addressLocality: event.commune.name, postalCode: "62300", addressCountry: "FR" },
    });
    expect(event.commune.postalCodes).toContain("62300");
    // Lead first, then the partner, each with its page.
    const partner = event.coOrganisers.find((item) => item.role === "PARTNER")!.organisation;
    expect(jsonLd.organizer).toEqual([
      { "@type": "Organization", name: organisationName, url: `${server.url}/organisations/${organisationId}` },
      { "@type": "Organization", name: partner.name, url: `${server.url}/organisations/${partnerId}` },
    ]);
  });

  it("says a cancelled event cancelled", async () => {
    const head = parseHtml((await page(`/evenements/${ids.cancelled}`)).text);
    expect(head.title).toBe("Annulé : Marché solidaire — Maillage");
    expect(head.meta.description).toContain("Cet événement est annulé.");
    const jsonLd = jsonLdOf(head);
    expect(jsonLd.eventStatus).toBe("https://schema.org/EventCancelled");
    expect(jsonLd.startDate).toBe("2026-11-12T14:00:00+01:00");
  });

  it("keeps a hostile title inside its text, in the title, the tags and the JSON-LD", async () => {
    const response = await page(`/evenements/${ids.hostile}`);
    const head = parseHtml(response.text);
    expect(head.title).toBe(`${HOSTILE} — Maillage`);
    expect(head.meta["og:title"]).toBe(HOSTILE);
    expect(head.meta.description).toContain(HOSTILE);
    expect(jsonLdOf(head).name).toBe(HOSTILE);
    // No script but the data block and the app's own module.
    expect(head.scripts.map((script) => script.type)).toEqual(["module", "application/ld+json"].sort((a, b) =>
      response.text.indexOf(`type="${a}"`) - response.text.indexOf(`type="${b}"`)));
    expect(response.text).not.toContain("<script>alert");
    expect(response.text).not.toContain("<b>");
  });

  it("says nothing of an event in preparation, and nothing exists of it for anonymous visitors", async () => {
    const anonymous = await page(`/evenements/${ids.draft}`);
    expect(anonymous.status).toBe(404);
    expect(anonymous.text).not.toContain("Brouillon confidentiel");
    expect(parseHtml(anonymous.text).title).toBe("Page introuvable — Maillage");
    // An administrator reads it: its page exists, with a neutral head.
    const cookie = await server.signIn("admin@maillage.demo");
    const signedIn = await page(`/evenements/${ids.draft}`, { headers: { cookie } });
    expect(signedIn.status).toBe(200);
    const head = parseHtml(signedIn.text);
    expect(head.title).toBe("Événement — Maillage");
    expect(signedIn.text).not.toContain("Brouillon confidentiel");
    expect(head.meta["og:title"]).toBeUndefined();
    expect(head.scripts.some((script) => script.type === "application/ld+json")).toBe(false);
  });
});

describe("the status of an address", () => {
  it("answers 404 for addresses and records that do not exist, 200 for those that do", async () => {
    const known = await server.prisma.organisation.findFirstOrThrow({ where: { pendingValidation: false }, select: { id: true, name: true } });
    const maison = await server.prisma.maison.findFirstOrThrow({ select: { id: true, name: true } });
    const collective = await server.prisma.collective.findFirstOrThrow({ select: { id: true, name: true } });
    const epci = await server.prisma.territory.findFirstOrThrow({ where: { kind: "EPCI", code: "246200364" }, select: { name: true } });
    const cases: [string, number, string][] = [
      ["/inconnue", 404, "Page introuvable — Maillage"],
      ["/organisations/a/b/c", 404, "Page introuvable — Maillage"],
      ["/assets/absent.js", 404, "Page introuvable — Maillage"],
      ["/evenements/aucun-evenement", 404, "Page introuvable — Maillage"],
      ["/organisations/aucune-organisation", 404, "Page introuvable — Maillage"],
      ["/territoires/EPCI/200000000", 404, "Page introuvable — Maillage"],
      ["/territoires/COMMUNE/pas-un-code", 404, "Page introuvable — Maillage"],
      ["/maisons/aucune", 404, "Page introuvable — Maillage"],
      ["/collectifs/aucun", 404, "Page introuvable — Maillage"],
      ["/cotess/aucun", 404, "Page introuvable — Maillage"],
      ["/", 200, "Maillage — territoires"],
      ["/programme", 200, "Programme du Mois de l'ESS — Maillage"],
      ["/integrer", 200, "Intégrer le programme sur votre site — Maillage"],
      [`/organisations/${known.id}`, 200, `${known.name} — Maillage`],
      [`/maisons/${maison.id}`, 200, `${maison.name} — Maillage`],
      [`/collectifs/${collective.id}`, 200, `${collective.name} — Maillage`],
      ["/territoires/EPCI/246200364", 200, `${epci.name} — Maillage`],
    ];
    for (const [path, status, title] of cases) {
      const response = await page(path);
      expect(response.status, path).toBe(status);
      const head = parseHtml(response.text);
      expect(head.title, path).toBe(title);
      // The app is still sent: it shows « Page introuvable » itself.
      expect(head.scripts.some((script) => script.type === "module"), path).toBe(true);
    }
    const organisation = parseHtml((await page(`/organisations/${known.id}`)).text);
    expect(organisation.meta).toMatchObject({ "og:title": known.name, "og:url": `${server.url}/organisations/${known.id}`, "og:locale": "fr_FR" });
  });
});

describe("« Ajouter à mon agenda »: one event's iCalendar file", () => {
  it("holds every session of that event and nothing else", async () => {
    const response = await page(`/evenements/${ids.twoSessions}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = parseICalendar(response.text);
    const sessions = await server.prisma.eventSession.findMany({ where: { eventId: ids.twoSessions }, orderBy: { position: "asc" } });
    expect(events.map((event) => event.uid)).toEqual(sessions.map((session) => `${session.id}@maillage`));
    expect(events.map((event) => [new Date(event.start).getTime(), new Date(event.end).getTime()])).toEqual(
      sessions.map((session) => [session.startsAt.getTime(), session.endsAt.getTime()]),
    );
    expect(events.every((event) => event.summary === "Conférence sur les communs" && event.status === "CONFIRMED")).toBe(true);
    expect(events[0].url).toBe(`${server.url}/evenements/${ids.twoSessions}`);

    const cancelled = parseICalendar((await page(`/evenements/${ids.cancelled}.ics`)).text);
    expect(cancelled.map((event) => [event.uid, event.status])).toEqual([[`${sessionIds.cancelled}@maillage`, "CANCELLED"]]);
  });

  it("is not found for an unknown event or one not published", async () => {
    for (const id of ["aucun-evenement", ids.draft]) {
      const response = await page(`/evenements/${id}.ics`);
      expect(response.status, id).toBe(404);
      expect(JSON.parse(response.text).errors[0].extensions.code).toBe("NOT_FOUND");
    }
  });
});

describe("the programme for partners' sites", () => {
  it("lists the published events of an organisation, and may be framed by any site", async () => {
    const response = await page(`/integrer/programme?organisation=${organisationId}&couleur=%23aa3300`);
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors *");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(response.text).toContain("Conférence sur les communs");
    expect(response.text).toContain("Marché solidaire");
    expect(response.text).toContain("Annulé");
    expect(response.text).not.toContain("Brouillon confidentiel");
    expect(response.text).not.toContain("<script>alert");
    // Only this organisation's events: as many items as its published events.
    expect(response.text.match(/<li class="event/g)).toHaveLength(3);
    expect(response.text).toContain(`href="/integrer/programme.css?couleur=%23aa3300"`);
    const css = await page("/integrer/programme.css?couleur=%23aa3300&fond=url(x)");
    expect(css.text.startsWith(":root { --couleur: #aa3300; }")).toBe(true);
    expect(css.text).not.toContain("url(x)");
  });

  it("filters by territory and edition together, and says an unknown filter in the frame", async () => {
    const both = await page(`/integrer/programme?territoire=62498&edition=${editionId}`);
    expect(both.status).toBe(200);
    expect(both.text.match(/<li class="event/g)).toHaveLength(3);
    const elsewhere = await page(`/integrer/programme?territoire=59350&edition=${editionId}`);
    expect(elsewhere.text).toContain("Aucun événement publié");
    const unknown = await page("/integrer/programme?organisation=aucune-organisation");
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain("identifiant « aucune-organisation »");
    expect((await page("/integrer/programme?niveau=CANTON&territoire=62")).status).toBe(400);
  });

  it("keeps every other page unframable, and serves the loader to any site", async () => {
    const ordinary = await page("/programme");
    expect(ordinary.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(ordinary.headers.get("x-frame-options")).toBe("DENY");
    const loader = await page("/integrer/widget.js");
    expect(loader.status).toBe(200);
    expect(loader.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(loader.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  });
});
