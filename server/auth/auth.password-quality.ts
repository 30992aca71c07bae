// Password quality, estimated by zxcvbn-ts with its common and French
// dictionaries (first names, surnames, words, keyboard patterns, dates, leet):
// a long password made of a common word and a year is refused, a passphrase
// of four unrelated words is accepted. Length alone proves nothing.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as french from "@zxcvbn-ts/language-fr";
import { badInput } from "../core/errors.ts";

// Score 3 of 4: "safely unguessable: moderate protection from offline
// slow-hash scenario" (guesses ≥ 10^8), with argon2id on our side.
const MINIMUM_SCORE = 3;
const MINIMUM_LENGTH = 10;
const MAXIMUM_LENGTH = 200;

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...french.dictionary },
  graphs: common.adjacencyGraphs,
  translations: french.translations,
});

/**
 * Refuses a weak password with the estimator's advice, in French.
 * `personal`: what the password must not be built on (the e-mail, the name).
 * @throws BAD_USER_INPUT on `field`
 */
export async function assertStrongPassword(password: string, personal: string[], field = "password"): Promise<void> {
  if (password.length < MINIMUM_LENGTH) {
    throw badInput(field, `Le mot de passe doit compter au moins ${MINIMUM_LENGTH} caractères ; une phrase de quatre mots sans rapport entre eux est plus sûre et plus facile à retenir.`);
  }
  if (password.length > MAXIMUM_LENGTH) throw badInput(field, `Le mot de passe ne peut dépasser ${MAXIMUM_LENGTH} caractères.`);
  // The e-mail's local part and the name's words are what a guesser tries first.
  const words = personal.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 3);
  const result = await zxcvbn.checkAsync(password, words);
  if (result.score >= MINIMUM_SCORE) return;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter((text): text is string => Boolean(text));
  throw badInput(field, ["Ce mot de passe est trop facile à deviner.", ...advice].join(" "));
}
