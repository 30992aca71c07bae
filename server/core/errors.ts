// The closed set of errors a client can receive. GraphQL answers carry the
// code in extensions.code (server/app/graphql-errors.ts); every other HTTP
// route answers the same body with the status of HTTP_STATUS.

export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "TOO_MANY_REQUESTS";

/**
 * A rule of the domain was broken. `message` is French, for the person using
 * the app; `field` names the argument or input field at fault.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const badInput = (field: string, message: string, details?: Record<string, unknown>) =>
  new DomainError("BAD_USER_INPUT", message, field, details);

/** The HTTP status of each code, for the routes outside GraphQL (downloads, feeds). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/** The JSON body of an error, the same shape as a GraphQL error. */
export function errorBody(error: DomainError) {
  return { errors: [{ message: error.message, extensions: { code: error.code, field: error.field, ...error.details } }] };
}

// "Aucune organisation n'a l'identifiant « x »": the records a request names,
// with the French words for "no such…" and what names them.
const NO_SUCH = {
  organisation: "Aucune organisation n'a l'identifiant",
  person: "Aucune personne n'a l'identifiant",
  collective: "Aucun collectif n'a l'identifiant",
  cotess: "Aucun COTESS n'a l'identifiant",
  maison: "Aucune Maison de l'ESS n'a l'identifiant",
  edition: "Aucune édition du Mois de l'ESS n'a l'identifiant",
  event: "Aucun événement n'a l'identifiant",
  territory: "Aucun territoire n'a le code",
  commune: "Aucune commune n'a le code INSEE",
  account: "Aucun compte n'a l'identifiant",
  invitation: "Aucune invitation n'a l'identifiant",
  role: "Aucun rôle n'a l'identifiant",
  session: "Aucune de vos sessions ouvertes n'a l'identifiant",
} as const;
export type RecordKind = keyof typeof NO_SUCH;

const noSuch = (kind: RecordKind, id: string) => `${NO_SUCH[kind]} « ${id} ».`;

/** NOT_FOUND: the record the request is about does not exist (or is not readable). */
export const notFound = (kind: RecordKind, id: string, field?: string) => new DomainError("NOT_FOUND", noSuch(kind, id), field);

/** BAD_USER_INPUT: an input names a record that does not exist. */
export const unknownReference = (kind: RecordKind, id: string, field: string) => badInput(field, noSuch(kind, id));
