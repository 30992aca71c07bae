// The one GraphQL client of the web app, given to every component through
// Svelte's context (setContextClient in App.svelte, getContextClient below it).
import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, type CombinedError, type Exchange } from "@urql/svelte";

/** A fresh key per submission (crypto.randomUUID needs HTTPS; getRandomValues does not). */
function idempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

// Every mutation — every form submission — carries its own Idempotency-Key:
// the API does it at most once, however often the request is sent.
const idempotentMutations = mapExchange({
  onOperation(operation) {
    if (operation.kind !== "mutation") return operation;
    const options = typeof operation.context.fetchOptions === "function" ? operation.context.fetchOptions() : operation.context.fetchOptions ?? {};
    return makeOperation(operation.kind, operation, {
      ...operation.context,
      fetchOptions: { ...options, headers: { ...(options.headers as Record<string, string> | undefined), "Idempotency-Key": idempotencyKey() } },
    });
  },
});

const RETRIES = 5;

/**
 * fetch, sending a keyed request again when the network failed or the API
 * says the same request is still being served: with its key, the retry
 * cannot write twice.
 */
async function fetchWithRetries(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const keyed = new Headers(init?.headers).has("Idempotency-Key");
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await fetch(input, init);
      if (!keyed || response.status !== 409 || attempt >= RETRIES || !response.headers.has("retry-after")) return response;
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers.get("retry-after") ?? 1)));
    } catch (error) {
      if (!keyed || attempt >= RETRIES || init?.signal?.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

/** The pages' client, with its cache. */
export const createClient = () => createUncachedClient([cacheExchange]);

/** A client without cache (the session's: its answers change with a cookie a cache does not see). */
export const createUncachedClient = (before: Exchange[] = []) => new Client({
  url: "/graphql",
  exchanges: [...before, idempotentMutations, fetchExchange],
  fetch: fetchWithRetries,
  // Apollo's CSRF prevention refuses GET requests without a preflight header.
  preferGetMethod: false,
  // The session cookie (set by signIn, httpOnly) goes with every request to this origin.
  fetchOptions: { credentials: "same-origin" },
});

/** The French message and the field at fault of a refused request, from the API's extensions. */
export interface ApiError {
  message: string;
  code: string | null;
  field: string | null;
  extensions: Record<string, unknown>;
}

export function apiError(error: CombinedError): ApiError {
  const first = error.graphQLErrors[0];
  const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
  return {
    message: errorMessage(error),
    code: typeof extensions.code === "string" ? extensions.code : null,
    field: typeof extensions.field === "string" ? extensions.field : null,
    extensions,
  };
}

/** What to tell the person: the API's messages are already written in French. */
export function errorMessage(error: CombinedError): string {
  const fromApi = error.graphQLErrors.find((graphQLError) => graphQLError.message)?.message;
  if (fromApi) return fromApi;
  if (error.networkError) return "Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.";
  return "Une erreur inattendue est survenue. Réessayez dans un instant.";
}
