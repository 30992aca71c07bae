// Everything the server reads from its environment, read once.
import { resolve } from "node:path";
import { availableParallelism } from "node:os";

export interface Config {
  /** HTTP port of the API and the web app. */
  port: number;
  /** External PostgreSQL; when absent an embedded one is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Port of the embedded PostgreSQL. */
  embeddedPostgresPort: number;
  logLevel: string;
  production: boolean;
  /** HTTP worker processes sharing the port. */
  workers: number;
  /** Per-statement limit, so that no request can hold the database. */
  statementTimeoutMs: number;
  /** Express's `trust proxy` (TRUST_PROXY): which reverse proxies may name the client's address. */
  trustProxy: boolean | number | string;
  /** The address people reach Maillage at (PUBLIC_URL), for the links sent by e-mail. */
  publicUrl: string;
  /** Whether the demo data and its demo accounts are loaded (MAILLAGE_DEMO_DATA, on unless "false"). */
  demoData: boolean;
  /** SMTP server for outgoing e-mail (SMTP_URL, smtp:// or smtps://); without it e-mail is written to the log. */
  smtpUrl: string | undefined;
  /** Sender of outgoing e-mail (MAIL_FROM), "Maillage <ne-pas-repondre@example.org>". */
  mailFrom: string | undefined;
  /** Whether imports may fetch feeds from private and local networks (IMPORT_ALLOW_PRIVATE_URLS, off unless "true"). */
  importAllowPrivateUrls: boolean;
  /** Background tiles of the maps (MAP_TILES_URL, an XYZ raster template with {z}/{x}/{y}); without it the maps show the contours alone. */
  mapTilesUrl: string | undefined;
  /** What the tiles' provider asks to be credited with (MAP_TILES_ATTRIBUTION). */
  mapTilesAttribution: string | undefined;
}

/**
 * IMPORT_ALLOW_PRIVATE_URLS: off unless "true", so that an animator cannot
 * make the server fetch its own network (the database, a cloud metadata
 * service, the intranet). Read at each fetch, as the tests serve feeds from
 * 127.0.0.1.
 */
export function importPrivateUrlsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.IMPORT_ALLOW_PRIVATE_URLS === "true";
}

/** "true", "false", a number of hops, or Express's names and addresses ("loopback", "10.0.0.0/8"). */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === "" || raw === "false") return false;
  if (raw === "true") return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function integer(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}".`);
  }
  return value;
}

/** PUBLIC_URL without its trailing slash; refused unless http(s). */
function publicUrl(raw: string | undefined, port: number): string {
  if (!raw) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL must be an http(s) address, got "${raw}".`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`PUBLIC_URL must be an http(s) address, got "${raw}".`);
  return url.href.replace(/\/+$/, "");
}

/** MAP_TILES_URL: an https (or http) template with {z}, {x} and {y}; refused otherwise, at start rather than as blank maps. */
function mapTilesUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const looksRight = /^https?:\/\//.test(raw) && ["{z}", "{x}", "{y}"].every((part) => raw.includes(part));
  if (!looksRight) throw new Error(`MAP_TILES_URL must be an http(s) tile address with {z}, {x} and {y}, got "${raw}".`);
  return raw;
}

export function readConfig(): Config {
  const port = integer("PORT", 4000);
  return {
    port,
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: resolve(process.env.MAILLAGE_DATA_DIR ?? ".data"),
    embeddedPostgresPort: integer("MAILLAGE_PG_PORT", 54320),
    logLevel: process.env.LOG_LEVEL ?? "info",
    production: process.env.NODE_ENV !== "development" && process.env.NODE_ENV !== "test",
    // Two cores serve twice the requests: GraphQL execution is CPU-bound.
    workers: integer("WEB_CONCURRENCY", Math.min(availableParallelism(), 4)),
    statementTimeoutMs: integer("MAILLAGE_STATEMENT_TIMEOUT_MS", 5000),
    trustProxy: trustProxy(process.env.TRUST_PROXY),
    publicUrl: publicUrl(process.env.PUBLIC_URL, port),
    demoData: process.env.MAILLAGE_DEMO_DATA !== "false",
    // Checked at start by mailDeliveryOf (core/mail.ts), which says what is wrong.
    smtpUrl: process.env.SMTP_URL || undefined,
    mailFrom: process.env.MAIL_FROM || undefined,
    importAllowPrivateUrls: importPrivateUrlsAllowed(),
    mapTilesUrl: mapTilesUrl(process.env.MAP_TILES_URL),
    mapTilesAttribution: process.env.MAP_TILES_ATTRIBUTION || undefined,
  };
}
