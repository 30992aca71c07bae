// Apollo's side of the closed error codes of core/errors.ts: domain errors
// keep their code, field and French message; class-validator failures become
// BAD_USER_INPUT naming the field; anything else is logged with the request
// id and reaches the client without internals.
import type { GraphQLError, GraphQLFormattedError } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import type { Context } from "../core/context.ts";
import { DomainError } from "../core/errors.ts";
import { INTERNAL_ERROR } from "./request-guards.ts";

// Errors that graphql-js and Apollo raise before execution (syntax, unknown
// fields, variable types, armor limits) already carry a code and a safe message.
const PRE_EXECUTION_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

function isExpected(error: GraphQLError): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return true;
  const code = error.extensions?.code;
  return typeof code === "string" && PRE_EXECUTION_CODES.has(code);
}

/**
 * Apollo's formatError: domain errors keep their code, field and message;
 * class-validator failures become BAD_USER_INPUT naming the field; anything
 * else reaches the client without internals (logErrorsPlugin logs it).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, field: original.field, ...original.details },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const { field, message } = firstViolation(original.extensions.validationErrors);
    return { ...base, message: message ?? "Argument invalide.", extensions: { code: "BAD_USER_INPUT", field } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PRE_EXECUTION_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions };
  }
  return { ...base, ...INTERNAL_ERROR };
}

interface Violation {
  property: string;
  constraints?: Record<string, string>;
  children?: Violation[];
}

/** The first broken rule, with its path through nested inputs ("sessions.0.end"). */
function firstViolation(errors: Violation[], prefix = ""): { field?: string; message?: string } {
  const first = errors[0];
  if (!first) return {};
  const field = prefix ? `${prefix}.${first.property}` : first.property;
  if (first.constraints) return { field, message: Object.values(first.constraints)[0] };
  return first.children?.length ? firstViolation(first.children, field) : { field };
}

/** Logs the unexpected errors of a request with its request id. */
export const logErrorsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!isExpected(error)) {
            contextValue.log.error({ err: unwrapResolverError(error), path: error.path }, "unexpected error");
          }
        }
      },
    };
  },
};

