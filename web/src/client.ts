// The one GraphQL client of the web app, given to every component through
// Svelte's context (setContextClient in App.svelte, getContextClient below it).
import { Client, cacheExchange, fetchExchange, type CombinedError } from "@urql/svelte";

export const createClient = () => new Client({
  url: "/graphql",
  exchanges: [cacheExchange, fetchExchange],
  // Apollo's CSRF prevention refuses GET requests without a preflight header.
  preferGetMethod: false,
});

/** What to tell the person: the API's messages are already written in French. */
export function errorMessage(error: CombinedError): string {
  const fromApi = error.graphQLErrors.find((graphQLError) => graphQLError.message)?.message;
  if (fromApi) return fromApi;
  if (error.networkError) return "Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.";
  return "Une erreur inattendue est survenue. Réessayez dans un instant.";
}
