// Idempotent writes (the IETF httpapi draft "The Idempotency-Key HTTP Header
// Field"): a POST to /graphql sent with an `Idempotency-Key` header is done at
// most once. Sent again with the same key and body within 24 hours — a
// browser retrying after a timeout, a double click — it gets the first answer
// back, marked `Idempotent-Replayed: true`, without writing again; the same key
// with another body is refused (422); a retry while the first is still being
// served is told to wait (409, Retry-After). Keys live in PostgreSQL, so
// every worker and every instance of the API sees them.
import { createHash } from "node:crypto";
import type { Request, RequestHandler, Response } from "express";
import type { PrismaClient } from "../core/database.ts";
import type { Logger } from "../core/logger.ts";
import { idempotencyScope } from "../core/idempotency.ts";
import { sessionTokenOf, tokenHash } from "../auth/index.ts";

const HEADER = "idempotency-key";
const RETENTION_MS = 24 * 3600 * 1000;
// A request still unanswered after this long was abandoned (its process died):
// the key is taken over, unless its write was committed.
const LEASE_MS = 60 * 1000;
const SWEEP_EVERY_MS = 5 * 60 * 1000;
const KEY = /^[\x21-\x7e]{1,255}$/;

function refuse(response: Response, status: number, code: string, message: string) {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Whose key it is: the session when signed in, else the client's address. */
function principalOf(request: Request): string {
  const token = sessionTokenOf(request);
  return token ? `session:${tokenHash(token)}` : `address:${request.ip ?? "unknown"}`;
}

/**
 * Keeps what the response sends and hands it over when the handler ends it —
 * whether or not the client is still there to read it: a client that gave
 * up will get it when it asks again.
 */
function onAnswer(response: Response, answered: (body: string) => void): void {
  const chunks: Buffer[] = [];
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => Response;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
  };
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as Response["write"];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    answered(Buffer.concat(chunks).toString("utf8"));
    return end(chunk, ...rest);
  }) as Response["end"];
}

/**
 * Express middleware for POST /graphql, after the body is parsed with its raw
 * bytes kept in `request.rawBody`. Requests without the header pass through.
 */
export function idempotentRequests(prisma: PrismaClient, log: Logger): RequestHandler {
  let lastSweep = 0;

  return async (request, response, next) => {
    const key = request.get(HEADER);
    if (key === undefined || request.method !== "POST") return next();
    if (!KEY.test(key)) {
      return refuse(response, 400, "BAD_REQUEST", "En-tête Idempotency-Key invalide : de 1 à 255 caractères visibles.");
    }
    const principal = principalOf(request);
    const rawBody = (request as Request & { rawBody?: Buffer }).rawBody ?? Buffer.alloc(0);
    const requestHash = createHash("sha256").update(rawBody).digest("hex");

    if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
      lastSweep = Date.now();
      void prisma.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - RETENTION_MS) } } })
        .catch((error: unknown) => log.warn({ err: error }, "idempotency keys not swept"));
    }

    const now = new Date();
    const claimed = await prisma.$queryRaw<{ claimed: boolean }[]>`
      INSERT INTO idempotency_key (principal, key, request_hash, created_at) VALUES (${principal}, ${key}, ${requestHash}, ${now})
      ON CONFLICT (principal, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
             committed_at = NULL, completed_at = NULL, response_status = NULL, response_type = NULL, response_body = NULL
       -- A key older than the retention is forgotten, and reused.
       WHERE idempotency_key.created_at < ${new Date(now.getTime() - RETENTION_MS)}
      RETURNING TRUE AS claimed`;
    if (!claimed.length) {
      const first = await prisma.idempotencyKey.findUnique({ where: { principal_key: { principal, key } } });
      if (!first) return next(new Error("An idempotency key vanished between its insert and its read."));
      if (first.requestHash !== requestHash) {
        return refuse(response, 422, "IDEMPOTENCY_KEY_REUSED", "Cette clé d'idempotence a déjà servi pour une autre requête : envoyez-en une nouvelle.");
      }
      if (first.completedAt) {
        response.status(first.responseStatus ?? 200);
        response.setHeader("content-type", first.responseType ?? "application/json; charset=utf-8");
        response.setHeader("idempotent-replayed", "true");
        response.send(first.responseBody ?? "");
        return;
      }
      const abandoned = now.getTime() - first.createdAt.getTime() > LEASE_MS;
      if (abandoned && first.committedAt) {
        return refuse(response, 409, "IDEMPOTENCY_KEY_DONE", "Cette demande a déjà été enregistrée : rechargez la page pour voir son résultat.");
      }
      if (!abandoned) {
        response.setHeader("retry-after", "1");
        return refuse(response, 409, "IDEMPOTENCY_KEY_IN_USE", "La même demande est encore en cours de traitement : réessayez dans un instant.");
      }
      // Abandoned before its write: taken over, if no other retry took it first.
      const { count } = await prisma.idempotencyKey.updateMany({
        where: { principal, key, createdAt: first.createdAt, committedAt: null, completedAt: null },
        data: { createdAt: now },
      });
      if (!count) {
        response.setHeader("retry-after", "1");
        return refuse(response, 409, "IDEMPOTENCY_KEY_IN_USE", "La même demande est encore en cours de traitement : réessayez dans un instant.");
      }
    }

    onAnswer(response, (body) => {
      const status = response.statusCode;
      // A failure of ours is not an answer to keep: the retry may succeed.
      const done = status < 500
        ? prisma.idempotencyKey.updateMany({
          where: { principal, key, createdAt: now },
          data: { completedAt: new Date(), responseStatus: status, responseType: String(response.getHeader("content-type") ?? ""), responseBody: body },
        })
        : prisma.idempotencyKey.deleteMany({ where: { principal, key, createdAt: now, committedAt: null } });
      done.catch((error: unknown) => log.error({ err: error, key }, "idempotency key not recorded"));
    });
    idempotencyScope.run({ principal, key }, next);
  };
}
