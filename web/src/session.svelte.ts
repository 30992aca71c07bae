// Who is signed in. The session is an httpOnly cookie the server sets on
// signIn: the app never sees it, it asks `viewer` once on start and after
// signing in or out. Every change of account gives the pages a new GraphQL
// client (App.svelte keys it by `generation`): nothing read for one account
// is shown from the cache to another. The mutations that sign in from a
// page of their own (an invitation accepted, a password chosen through a
// link) hand their account to `adoptAccount`; those that end the session
// (everywhere, a deactivation) call `forgetAccount`.
import { createUncachedClient, errorMessage } from "./client.ts";
import { SignInMutation, SignOutMutation, ViewerQuery, type Account } from "./graphql/session.ts";

// Uncached: these answers change with the cookie, which a cache does not see.
const client = createUncachedClient();

const state = $state({ viewer: null as Account | null, loaded: false, generation: 0, notice: null as string | null });

export const session = {
  /** The signed-in account, or null (also while `loaded` is false). */
  get viewer() {
    return state.viewer;
  },
  /** False until the server has said who is signed in. */
  get loaded() {
    return state.loaded;
  },
  /** Changes with the account: what was read before belongs to someone else. */
  get generation() {
    return state.generation;
  },
  /** What the sign-in page says of how the last session ended (« toutes vos sessions sont fermées »), until someone signs in. */
  get notice() {
    return state.notice;
  },
};

/** Makes `account` the signed-in one: the server has just set its session cookie. */
export function adoptAccount(account: Account): void {
  state.viewer = account;
  state.loaded = true;
  state.notice = null;
  state.generation++;
}

/** The server has ended this browser's session: nobody is signed in any more; `notice` says why on the sign-in page. */
export function forgetAccount(notice: string | null = null): void {
  state.viewer = null;
  state.loaded = true;
  state.notice = notice;
  state.generation++;
}

export async function loadViewer(): Promise<void> {
  const result = await client.query(ViewerQuery, {}, { requestPolicy: "network-only" }).toPromise();
  state.viewer = result.data?.viewer ?? null;
  state.loaded = true;
}

export const WRONG_CREDENTIALS = "Adresse électronique ou mot de passe incorrect.";

/** Signs in; returns the French message to show when it failed, else null. */
export async function signIn(email: string, password: string): Promise<string | null> {
  const result = await client.mutation(SignInMutation, { input: { email: email.trim(), password } }).toPromise();
  if (result.error || !result.data) {
    const unauthenticated = result.error?.graphQLErrors.some((error) => error.extensions?.code === "UNAUTHENTICATED");
    return unauthenticated ? WRONG_CREDENTIALS : result.error ? errorMessage(result.error) : WRONG_CREDENTIALS;
  }
  adoptAccount(result.data.signIn);
  return null;
}

/** Signs out; returns the French message to show when it failed, else null. */
export async function signOut(): Promise<string | null> {
  const result = await client.mutation(SignOutMutation, {}).toPromise();
  if (result.error) return errorMessage(result.error);
  forgetAccount();
  return null;
}
