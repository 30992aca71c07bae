// What an event's page says about it before any JavaScript runs: its title,
// a description and a schema.org Event (https://schema.org/Event), for link
// previews (Open Graph) and search engines. Only a published event is
// described; one still in preparation is read by a few accounts only, and its
// page says nothing of it in the HTML it is sent with.
import { DateTime } from "luxon";
import type { PrismaClient } from "../core/database.ts";
import type { Viewer } from "../core/viewer.ts";
import { EVENT_TYPE_LABEL } from "../core/labels.ts";
import { findEvent } from "./event.service.ts";
import { isPublished } from "./event.status.ts";
import { PARIS } from "./paris-time.ts";
import { DEMO_NOTICE } from "./event.calendar.ts";

export type SharedEvent =
  /** Unknown, or not readable by the viewer: the page answers 404. */
  | { kind: "missing" }
  /** Readable by the viewer but not published: a neutral head. */
  | { kind: "unpublished" }
  | { kind: "published"; title: string; description: string; jsonLd: Record<string, unknown> };

const SHARED_EVENT = {
  id: true, title: true, type: true, description: true, status: true, publishedAt: true, isDemo: true, venueAddress: true,
  sessions: { select: { startsAt: true, endsAt: true }, orderBy: { position: "asc" } },
  coOrganisers: { select: { role: true, organisation: { select: { id: true, name: true, pendingValidation: true } } } },
  venueMaison: { select: { name: true, address: true } },
  venueOrganisation: { select: { name: true, address: true } },
  commune: { select: { name: true, postalCodes: true } },
} as const;

// Lead first, then partners, hosts and funders, as the page lists them.
const ROLE_ORDER = ["LEAD", "PARTNER", "VENUE_HOST", "FUNDER"];

/** An instant with its Paris offset: "2026-11-05T18:00:00+01:00". */
const withOffset = (instant: Date) => DateTime.fromJSDate(instant, { zone: PARIS }).toISO({ suppressMilliseconds: true })!;

/** "jeudi 5 novembre 2026 à 18 h 00" */
const spokenDate = (instant: Date) =>
  DateTime.fromJSDate(instant, { zone: PARIS }).setLocale("fr").toFormat("cccc d LLLL yyyy 'à' H 'h' mm");

/** At most `length` characters, cut at a word. */
function shortened(text: string, length: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), length / 2)).trimEnd()}…`;
}

/**
 * The event's page head for this viewer.
 * @param eventUrl the page's absolute address, for the JSON-LD's url
 * @param organisationUrl an organisation page's absolute address
 */
export async function sharedEvent(
  prisma: PrismaClient,
  viewerOf: () => Promise<Viewer | null>,
  id: string,
  urls: { event: string; organisation: (id: string) => string },
): Promise<SharedEvent> {
  const event = await prisma.event.findUnique({ where: { id }, select: SHARED_EVENT });
  if (!event) return { kind: "missing" };
  if (!isPublished(event)) {
    // Whoever may read it gets its page; to anyone else it does not exist.
    return (await findEvent(prisma, await viewerOf(), id)) ? { kind: "unpublished" } : { kind: "missing" };
  }

  const cancelled = event.status === "CANCELLED";
  const sessions = event.sessions;
  const first = sessions[0];
  const last = sessions.reduce((latest, session) => (session.endsAt > latest.endsAt ? session : latest), first);
  const venue = event.venueMaison ?? event.venueOrganisation;
  const street = venue?.address ?? event.venueAddress ?? null;
  // The postal code the address gives, when it is one of the commune's; else the commune's first.
  const postalCode = event.commune.postalCodes.find((code) => street?.includes(code)) ?? event.commune.postalCodes[0];
  const organisers = [...event.coOrganisers].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));

  const title = cancelled ? `Annulé : ${event.title}` : event.title;
  const when = first ? `${spokenDate(first.startsAt)}${sessions.length > 1 ? ` (et ${sessions.length - 1} autre${sessions.length > 2 ? "s" : ""} date${sessions.length > 2 ? "s" : ""})` : ""}` : null;
  const summary = [
    `${EVENT_TYPE_LABEL[event.type]} du Mois de l'ESS${when ? `, ${when}` : ""}, à ${event.commune.name}.`,
    cancelled ? "Cet événement est annulé." : null,
    event.isDemo ? DEMO_NOTICE : null,
    event.description ? shortened(event.description, 200) : null,
  ].filter(Boolean).join(" ");

  const jsonLd: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.isDemo ? `[Démonstration] ${event.title}` : event.title,
    description: [event.isDemo ? DEMO_NOTICE : null, event.description?.trim() || `${EVENT_TYPE_LABEL[event.type]} du Mois de l'ESS.`]
      .filter(Boolean).join("\n\n"),
    url: urls.event,
    ...(first ? { startDate: withOffset(first.startsAt), endDate: withOffset(last.endsAt) } : {}),
    // Several sessions: each is a sub-event, with its own dates.
    ...(sessions.length > 1
      ? { subEvent: sessions.map((session) => ({ "@type": "Event", name: event.title, startDate: withOffset(session.startsAt), endDate: withOffset(session.endsAt) })) }
      : {}),
    eventStatus: cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    // Every event of the Mois de l'ESS takes place somewhere (the venue is required).
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    location: {
      "@type": "Place",
      name: venue?.name ?? event.commune.name,
      address: {
        "@type": "PostalAddress",
        ...(street ? { streetAddress: street } : {}),
        addressLocality: event.commune.name,
        ...(postalCode ? { postalCode } : {}),
        addressCountry: "FR",
      },
    },
    organizer: organisers.map(({ organisation }) => ({
      "@type": "Organization",
      name: organisation.name,
      // A structure awaiting validation has no page yet.
      ...(organisation.pendingValidation ? {} : { url: urls.organisation(organisation.id) }),
    })),
    inLanguage: "fr-FR",
  };
  return { kind: "published", title, description: summary, jsonLd };
}
