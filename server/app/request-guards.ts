// What a hostile or broken request gets before it reaches GraphQL or a
// route: a 4xx with a GraphQL-shaped body ({ errors: [{ message, extensions:
// { code } }] }, the message in French), never a 500.
import type { RequestHandler } from "express";
import { DomainError, HTTP_STATUS, errorBody } from "../core/errors.ts";
import { assertCleanText } from "../core/validation.ts";

/**
 * Routes outside GraphQL (downloads, feeds, the web app): the query string
 * and the address hold no character that no text may hold (core/validation.ts),
 * or the request is refused with BAD_USER_INPUT naming the parameter ("path"
 * for the address). GraphQL arguments are checked where every argument goes
 * through (validateArgument).
 */
/** What a client is told of a server fault, in GraphQL and over HTTP alike: nothing of its cause. */
export const INTERNAL_ERROR = { message: "Erreur interne du serveur.", extensions: { code: "INTERNAL_SERVER_ERROR" } } as const;

/** The body of an HTTP 500. */
export const INTERNAL_ERROR_BODY = JSON.stringify({ errors: [INTERNAL_ERROR] });

export const queryTextGuard: RequestHandler = (request, _response, next) => {
  assertCleanText(request.query, "");
  let path: string | undefined;
  try {
    path = decodeURIComponent(request.path);
  } catch {
    // A malformed %-escape: the router answers it (400).
  }
  if (path !== undefined) assertCleanText(path, "path");
  next();
};

// Errors of Express and its body parser, by their `type` when they have one.
const REQUEST_ERRORS: Record<string, { code: string; message: string }> = {
  "entity.parse.failed": { code: "BAD_REQUEST", message: "Corps de requête illisible : JSON attendu." },
  "entity.too.large": { code: "PAYLOAD_TOO_LARGE", message: "Requête trop volumineuse (100 ko au plus)." },
  "charset.unsupported": { code: "UNSUPPORTED_MEDIA_TYPE", message: "Jeu de caractères non pris en charge : le corps de la requête doit être en UTF-8." },
  "encoding.unsupported": { code: "UNSUPPORTED_MEDIA_TYPE", message: "Encodage du corps non pris en charge (Content-Encoding : gzip, deflate ou br, ou aucun)." },
  "request.aborted": { code: "BAD_REQUEST", message: "La requête a été interrompue avant la fin de son corps." },
  "request.size.invalid": { code: "BAD_REQUEST", message: "La taille du corps ne correspond pas à Content-Length." },
};

const BY_STATUS: Record<number, { code: string; message: string }> = {
  400: { code: "BAD_REQUEST", message: "Requête illisible : vérifiez l'adresse (encodage %XX) et le corps de la requête." },
  413: REQUEST_ERRORS["entity.too.large"],
  415: { code: "UNSUPPORTED_MEDIA_TYPE", message: "Type de contenu non pris en charge." },
};

/**
 * The status and body of an error that the request caused, or null for a
 * server fault: a domain error gets the status of its code (HTTP_STATUS) and
 * the same body as in GraphQL; a 4xx of Express or its body parser its own.
 */
export function requestErrorOf(error: unknown): { status: number; body: unknown } | null {
  if (error instanceof DomainError) return { status: HTTP_STATUS[error.code], body: errorBody(error) };
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  if (typeof status !== "number" || status < 400 || status >= 500) return null;
  const known = (typeof type === "string" ? REQUEST_ERRORS[type] : undefined) ?? BY_STATUS[status] ?? { code: "BAD_REQUEST", message: "Requête refusée." };
  return { status, body: { errors: [{ message: known.message, extensions: { code: known.code } }] } };
}
