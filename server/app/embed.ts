// The programme of the Mois de l'ESS on a partner's site (a COTESS member's,
// a town hall's):
//   GET /integrer/widget.js          the loader a site includes: it inserts the
//                                    frame and sizes it to its content
//   GET /integrer/programme?…        the framed page: the published events of a
//                                    territory, an organisation or an edition
//                                    (territoire, niveau, organisation, edition;
//                                    colours couleur, fond, texte)
//   GET /integrer/programme.css?…    its style, the host's colours first
//   GET /integrer/cadre.js           inside the frame: posts its height to the host
// The framed page is the only one any site may frame (web-headers.ts); it
// is written here, without the web app, to stay light (sizes in the README).
import { readFileSync } from "node:fs";
import { Router, type Request } from "express";
import { DateTime } from "luxon";
import { Prisma } from "../generated/prisma/client.ts";
import type { PrismaClient } from "../core/database.ts";
import { badInput, DomainError } from "../core/errors.ts";
import { escapeHtml } from "../core/html.ts";
import { EVENT_TYPE_LABEL } from "../core/labels.ts";
import {
  editionScope, locationOf, organisationScope, publishedEvents, territoryScope, type FeedEvent, type FeedScope,
} from "../events/event.calendar.ts";
import { PARIS } from "../events/paris-time.ts";
import { TerritoryKind } from "../territories/territory.type.ts";
import { ADDRESSES } from "../../web/src/addresses.ts";
import { framableByAnyone } from "./web-headers.ts";

const asset = (name: string) => readFileSync(new URL(`embed/${name}`, import.meta.url), "utf8");
const WIDGET_JS = asset("widget.js");
const FRAME_JS = asset("frame.js");
const PROGRAMME_CSS = asset("programme.css");

/** A frame lists at most this many events; the rest is on the site's programme. */
export const EMBED_MAX_EVENTS = 200;

// "#1d5d90", "1d5d90", "#fff": colours the host chooses, nothing else reaches the CSS.
const COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
const COLOUR_PARAMETERS = ["couleur", "fond", "texte"] as const;

function text(request: Request, name: string): string | undefined {
  const value = request.query[name];
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string") throw badInput(name, `Le paramètre ${name} ne peut être donné qu'une fois.`);
  return value;
}

/** The host's colours, as CSS custom properties. */
function coloursCss(request: Request): string {
  const declarations = COLOUR_PARAMETERS.flatMap((name) => {
    const value = text(request, name);
    return value && COLOUR.test(value) ? [`--${name}: #${value.replace(/^#/, "")};`] : [];
  });
  return declarations.length ? `:root { ${declarations.join(" ")} }\n` : "";
}

/** The scopes the query names, all of them applying. @throws NOT_FOUND, BAD_USER_INPUT */
async function scopesOf(prisma: PrismaClient, request: Request): Promise<FeedScope[]> {
  const scopes: FeedScope[] = [];
  const territory = text(request, "territoire");
  const level = text(request, "niveau")?.toUpperCase();
  if (level !== undefined && !Object.hasOwn(TerritoryKind, level)) {
    throw badInput("niveau", `Valeur inconnue pour niveau : ${level} (attendu REGION, DEPARTEMENT, EPCI ou COMMUNE).`);
  }
  if (territory) scopes.push(await territoryScope(prisma, territory, level as TerritoryKind | undefined));
  const organisation = text(request, "organisation");
  if (organisation) scopes.push(await organisationScope(prisma, organisation));
  const edition = text(request, "edition");
  if (edition) scopes.push(await editionScope(prisma, edition));
  return scopes;
}

const parisTime = (instant: string) => DateTime.fromISO(instant, { zone: PARIS }).setLocale("fr");

/** "jeudi 5 novembre, 18 h 00 – 20 h 00" */
function sessionText(session: { startsAt: string; endsAt: string }): string {
  const start = parisTime(session.startsAt);
  const end = parisTime(session.endsAt);
  const day = start.toFormat("cccc d LLLL yyyy");
  const hours = `${start.toFormat("H 'h' mm")} – ${end.hasSame(start, "day") ? "" : `${end.toFormat("cccc d LLLL")}, `}${end.toFormat("H 'h' mm")}`;
  return `${day}, ${hours}`;
}

function eventHtml(event: FeedEvent, origin: string): string {
  const cancelled = event.status === "CANCELLED";
  const url = `${origin}${ADDRESSES.event.build({ id: event.id })}`;
  const sessions = event.sessions ?? [];
  return `<li class="event${cancelled ? " cancelled" : ""}">
<p class="dates">${sessions.map((session) => `<time datetime="${escapeHtml(session.startsAt)}">${escapeHtml(sessionText(session))}</time>`).join("<br>")}</p>
<h2><a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(event.title)}</a></h2>
${cancelled ? `<p class="badge">Annulé</p>\n` : ""}${event.isDemo ? `<p class="badge">Démonstration : événement fictif</p>\n` : ""}<p>${escapeHtml(EVENT_TYPE_LABEL[event.type])} · ${escapeHtml(locationOf(event))}</p>
${event.coOrganisers?.length ? `<p class="muted">${escapeHtml(event.coOrganisers.join(", "))}</p>\n` : ""}</li>`;
}

function pageHtml(options: { title: string; body: string; css: string }): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="${escapeHtml(options.css)}">
<script src="/integrer/cadre.js" defer></script>
</head>
<body>
${options.body}
</body>
</html>
`;
}

export function embedRoutes({ prisma, publicUrl }: { prisma: PrismaClient; publicUrl?: string }): Router {
  const router = Router();

  router.get("/integrer/widget.js", (_request, response) => {
    // Loaded by other sites' pages: readable across origins.
    response.setHeader("cross-origin-resource-policy", "cross-origin");
    response.setHeader("access-control-allow-origin", "*");
    response.setHeader("content-type", "text/javascript; charset=utf-8");
    response.setHeader("cache-control", "public, max-age=3600");
    response.send(WIDGET_JS);
  });

  router.get("/integrer/cadre.js", (_request, response) => {
    response.setHeader("content-type", "text/javascript; charset=utf-8");
    response.setHeader("cache-control", "public, max-age=3600");
    response.send(FRAME_JS);
  });

  router.get("/integrer/programme.css", (request, response) => {
    let css: string;
    try {
      css = coloursCss(request);
    } catch {
      css = "";
    }
    response.setHeader("content-type", "text/css; charset=utf-8");
    response.setHeader("cache-control", "public, max-age=3600");
    response.send(`${css}${PROGRAMME_CSS}`);
  });

  router.get("/integrer/programme", framableByAnyone(), async (request, response, next) => {
    const origin = publicUrl?.replace(/\/$/, "") ?? `${request.protocol}://${request.get("host") ?? "localhost"}`;
    const colours = new URLSearchParams();
    for (const name of COLOUR_PARAMETERS) {
      const value = request.query[name];
      if (typeof value === "string" && COLOUR.test(value)) colours.set(name, value);
    }
    const css = `/integrer/programme.css${colours.size ? `?${colours}` : ""}`;
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.setHeader("cache-control", "public, max-age=300");
    try {
      const scopes = await scopesOf(prisma, request);
      const condition = scopes.length ? Prisma.join(scopes.map((scope) => Prisma.sql`(${scope.events})`), " AND ") : Prisma.sql`TRUE`;
      const events = (await publishedEvents(prisma, condition))
        .filter((event) => event.sessions?.length)
        .sort((a, b) => a.sessions![0].startsAt.localeCompare(b.sessions![0].startsAt) || a.id.localeCompare(b.id));
      const shown = events.slice(0, EMBED_MAX_EVENTS);
      const title = scopes.length ? `Mois de l'ESS — ${scopes.map((scope) => scope.name.replace(/^Événements ESS — /, "")).join(" · ")}` : "Mois de l'ESS";
      const list = shown.length
        ? `<ol>\n${shown.map((event) => eventHtml(event, origin)).join("\n")}\n</ol>`
        : `<p>Aucun événement publié pour l'instant.</p>`;
      const more = events.length > shown.length ? ` (${events.length - shown.length} autres événements)` : "";
      const body = `<main>
<h1>${escapeHtml(title)}</h1>
${list}
<footer><a href="${escapeHtml(`${origin}${ADDRESSES.programme.build({})}`)}" target="_blank" rel="noopener">Tout le programme sur Maillage</a>${more}</footer>
</main>`;
      response.send(pageHtml({ title, body, css }));
    } catch (error) {
      if (!(error instanceof DomainError)) {
        next(error);
        return;
      }
      // Said in the frame, where the host's visitors see it.
      response.status(error.code === "NOT_FOUND" ? 404 : 400);
      response.send(pageHtml({ title: "Programme introuvable", css, body: `<main><p>${escapeHtml(error.message)}</p></main>` }));
    }
  });

  return router;
}
