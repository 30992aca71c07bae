// The web app's pages as the server sends them: the built shell
// (web/dist/index.html) with a head naming the page, and the status of the
// address. The server reads the web app's own table of addresses
// (web/src/addresses.ts): an address no page has, or a record page whose
// record does not exist, answers 404 (the app still shows « Page
// introuvable »). Record pages are named in the HTML itself, so that link
// previews (Open Graph) and search engines read them without running
// JavaScript; a published event's page also carries a schema.org Event.
import { readFileSync } from "node:fs";
import type { Request, RequestHandler } from "express";
import type { PrismaClient } from "../core/database.ts";
import { escapeHtml, jsonForScriptElement } from "../core/html.ts";
import { DomainError } from "../core/errors.ts";
import { sessionTokenOf, viewerOfToken } from "../auth/index.ts";
import { sharedEvent } from "../events/event.share.ts";
import { findOrganisation } from "../actors/organisation.service.ts";
import { findCollective } from "../collectives/collective.service.ts";
import { findCotess } from "../cotess/cotess.service.ts";
import { findMaison } from "../maisons/maison.service.ts";
import { findTerritory } from "../territories/territory.service.ts";
import { TerritoryKind } from "../territories/territory.type.ts";
import { ADDRESSES, parseAddress } from "../../web/src/addresses.ts";

const SITE_NAME = "Maillage";
const SITE_DESCRIPTION = "Maillage : coordonner l'économie sociale et solidaire, territoire par territoire.";

/** What the head of a page says. */
interface PageHead {
  status: 200 | 404;
  title: string;
  description: string;
  /** Open Graph tags and the canonical address: pages that name a public record. */
  shared?: { type: "website" | "article" };
  jsonLd?: Record<string, unknown>;
}

const plainHead = (title: string, status: 200 | 404 = 200): PageHead => ({ status, title, description: SITE_DESCRIPTION });
const notFoundHead = () => plainHead(ADDRESSES["not-found"].title, 404);

/** "<name> — Maillage", and a description of at most 300 characters. */
function recordHead(name: string, description: string | null | undefined, fallback: string): PageHead {
  const text = (description?.replace(/\s+/g, " ").trim() || fallback).slice(0, 300);
  return { status: 200, title: `${name} — ${SITE_NAME}`, description: text, shared: { type: "website" } };
}

/** The shell's head without its title and description, which each page writes. */
function shellOf(html: string): { before: string; after: string } {
  const stripped = html.replace(/\s*<title>[\s\S]*?<\/title>/, "").replace(/\s*<meta name="description"[^>]*>/, "");
  const at = stripped.indexOf("</head>");
  if (at < 0) throw new Error("web/dist/index.html has no </head>");
  return { before: stripped.slice(0, at), after: stripped.slice(at) };
}

function headHtml(head: PageHead, url: string): string {
  const lines = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
  ];
  if (head.shared) {
    // og:title without the site's name, which og:site_name says.
    const ogTitle = head.title.replace(new RegExp(` — ${SITE_NAME}$`), "");
    lines.push(
      `<link rel="canonical" href="${escapeHtml(url)}" />`,
      `<meta property="og:title" content="${escapeHtml(ogTitle)}" />`,
      `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
      `<meta property="og:type" content="${head.shared.type}" />`,
      `<meta property="og:url" content="${escapeHtml(url)}" />`,
      `<meta property="og:locale" content="fr_FR" />`,
      `<meta property="og:site_name" content="${SITE_NAME}" />`,
    );
  }
  // A data block, not a script: the browser runs nothing of it and the CSP
  // (script-src 'self') does not concern it.
  if (head.jsonLd) lines.push(`<script type="application/ld+json">${jsonForScriptElement(head.jsonLd)}</script>`);
  return `    ${lines.join("\n    ")}\n  `;
}

export interface WebPagesOptions {
  prisma: PrismaClient;
  /** The built web app's folder. */
  dist: string;
  /** Where people reach the app (PUBLIC_URL); else the request's own host. */
  publicUrl?: string;
}

/** GET of any address of the web app: its shell with its head and status. */
export function webPages({ prisma, dist, publicUrl }: WebPagesOptions): RequestHandler {
  const shell = shellOf(readFileSync(new URL("index.html", `file://${dist.endsWith("/") ? dist : `${dist}/`}`), "utf8"));

  async function headOf(request: Request, origin: string): Promise<PageHead> {
    const route = parseAddress(request.path);
    switch (route.name) {
      case "not-found":
        return notFoundHead();
      case "event": {
        const event = await sharedEvent(
          prisma,
          async () => {
            const token = sessionTokenOf(request);
            return token ? viewerOfToken(prisma, token) : null;
          },
          route.params.id,
          {
            event: `${origin}${ADDRESSES.event.build(route.params)}`,
            organisation: (id) => `${origin}${ADDRESSES.organisation.build({ id })}`,
          },
        );
        if (event.kind === "missing") return notFoundHead();
        if (event.kind === "unpublished") return plainHead(ADDRESSES.event.title);
        return { status: 200, title: `${event.title} — ${SITE_NAME}`, description: event.description, shared: { type: "website" }, jsonLd: event.jsonLd };
      }
      case "organisation":
      case "organisation-edit": {
        const organisation = await findOrganisation(prisma, route.params.id);
        if (!organisation) return notFoundHead();
        if (route.name === "organisation-edit") return plainHead(ADDRESSES["organisation-edit"].title);
        return recordHead(organisation.name, null, `${organisation.name} : organisation de l'économie sociale et solidaire, ses liens et ses événements sur ${SITE_NAME}.`);
      }
      case "collective": {
        const collective = await findCollective(prisma, route.params.id);
        if (!collective) return notFoundHead();
        return recordHead(collective.name, null, `${collective.name} : collectif de l'économie sociale et solidaire, ses membres sur ${SITE_NAME}.`);
      }
      case "cotess": {
        const cotess = await findCotess(prisma, route.params.id);
        if (!cotess) return notFoundHead();
        return recordHead(cotess.name, cotess.description, `${cotess.name} : COTESS, ses membres et ses éditions du Mois de l'ESS.`);
      }
      case "maison": {
        const maison = await findMaison(prisma, route.params.id);
        if (!maison) return notFoundHead();
        return recordHead(maison.name, maison.description, `${maison.name} : Maison de l'ESS, ses espaces et ses événements.`);
      }
      case "territories": {
        const { kind, code } = route.params;
        if (!kind || !code) return plainHead(ADDRESSES.territories.title);
        try {
          const territory = await findTerritory(prisma, code, TerritoryKind[kind]);
          if (!territory) return notFoundHead();
          return recordHead(territory.name, null, `${territory.name} : les acteurs de l'économie sociale et solidaire du territoire et leurs coopérations.`);
        } catch (error) {
          // A malformed code names no territory.
          if (error instanceof DomainError) return notFoundHead();
          throw error;
        }
      }
      default:
        return plainHead(ADDRESSES[route.name].title);
    }
  }

  return async (request, response, next) => {
    try {
      const origin = publicUrl?.replace(/\/$/, "") ?? `${request.protocol}://${request.get("host") ?? "localhost"}`;
      const head = await headOf(request, origin);
      const url = `${origin}${request.path}`;
      response.status(head.status);
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.setHeader("cache-control", "no-cache");
      response.send(`${shell.before}${headHtml(head, url)}${shell.after}`);
    } catch (error) {
      next(error);
    }
  };
}
