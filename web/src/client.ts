// The one GraphQL client of the web app, given to every component through
// Svelte's context (setContextClient in App.svelte, getContextClient below it).
import { Client, cacheExchange, fetchExchange, type CombinedError } from "@urql/svelte";

export const createClient = () => new Client({
  url: "/graphql",
  exchanges: [cacheExchange, fetchExchange],
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
