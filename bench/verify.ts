// Before any load: the API and the raw baseline must return the same JSON for
// every request of every scenario, so that the ratios compare the same work
// (for a GET scenario, what its `compare` says must agree).
import { isDeepStrictEqual } from "node:util";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { send } from "./load.ts";
import { isGet, type PostgraphilePart, type Scenario, type Variables } from "./scenarios/scenario.ts";

export class VerificationFailed extends Error {}

interface Answer {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: unknown[] } | undefined;
  statements: number;
}

async function answer(url: string, scenario: Scenario, variables: Variables, headers: Record<string, string>): Promise<Answer> {
  const { status, text, statements } = await send(url, scenario, variables, headers);
  let parsed: Answer["body"];
  try {
    parsed = isGet(scenario) ? undefined : (JSON.parse(text) as Answer["body"]);
  } catch {
    parsed = undefined;
  }
  return { status, text, body: parsed, statements };
}

/** Path and values of the first difference between two JSON values. */
function firstDifference(api: unknown, raw: unknown, path = "$"): string {
  if (typeof api !== "object" || typeof raw !== "object" || api === null || raw === null) {
    return `${path}: API ${JSON.stringify(api)} ≠ raw ${JSON.stringify(raw)}`;
  }
  if (Array.isArray(api) !== Array.isArray(raw)) return `${path}: array on one side only`;
  const keys = new Set([...Object.keys(api), ...Object.keys(raw)]);
  if (Array.isArray(api) && api.length !== (raw as unknown[]).length) {
    return `${path}: API has ${api.length} items, raw ${(raw as unknown[]).length}`;
  }
  for (const key of keys) {
    const a = (api as Record<string, unknown>)[key];
    const b = (raw as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(a, b)) return firstDifference(a, b, `${path}.${key}`);
  }
  return `${path}: no difference found`;
}

export interface Verified {
  scenario: string;
  requests: number;
  /** Response sizes in bytes, smallest and largest over the rotation. */
  bytes: [number, number];
  /** True when the two bodies are the same bytes, not only the same JSON value. */
  sameBytes: boolean;
  /** GET scenarios: the API's and the baseline's sizes and what their bodies hold (the last request's). */
  bodies?: { api: { bytes: number; summary: string | null }; raw: { bytes: number; summary: string | null } };
}

/**
 * Throws VerificationFailed (and writes both bodies to `dumpDir`) on the first
 * request whose answers differ, carry errors, or have nothing in them.
 */
export async function verifyIdenticalAnswers(
  scenario: Scenario,
  apiUrl: string,
  rawUrl: string,
  dumpDir: string,
  headers: Record<string, string> = {},
): Promise<Verified> {
  const sizes: number[] = [];
  let sameBytes = true;
  let bodies: Verified["bodies"];
  for (const variables of scenario.variables) {
    const [api, raw] = await Promise.all([answer(apiUrl, scenario, variables, headers), answer(rawUrl, scenario, variables, headers)]);
    const where = `${scenario.name} with ${JSON.stringify(variables)}`;
    const extension = isGet(scenario) ? "txt" : "json";
    const fail = async (reason: string) => {
      const stem = join(dumpDir, `${scenario.name}-${sizes.length}`);
      await writeFile(`${stem}.api.${extension}`, api.text);
      await writeFile(`${stem}.raw.${extension}`, raw.text);
      return new VerificationFailed(`${where}: ${reason}\n  Bodies written to ${stem}.{api,raw}.${extension}`);
    };
    if (isGet(scenario)) {
      // Not the same bytes by nature: the scenario says what must agree.
      if (api.status !== 200) throw await fail(`the API answered ${api.status} ${api.text.slice(0, 300)}`);
      if (raw.status !== 200) throw await fail(`the raw baseline answered ${raw.status} ${raw.text.slice(0, 300)}`);
      const difference = scenario.compare(api.text, raw.text);
      if (difference !== null) throw await fail(`the answers differ: ${difference}`);
      if (raw.statements !== scenario.statements) {
        throw await fail(`the baseline sent ${raw.statements} statements, the scenario declares ${scenario.statements}`);
      }
      sameBytes &&= api.text === raw.text;
      sizes.push(Buffer.byteLength(api.text));
      const describe = (text: string) => ({ bytes: Buffer.byteLength(text), summary: scenario.summary?.(text) ?? null });
      bodies = { api: describe(api.text), raw: describe(raw.text) };
      continue;
    }
    if (api.status !== 200 || api.body?.errors || !api.body?.data) throw await fail(`the API answered ${api.status} ${api.text.slice(0, 300)}`);
    if (raw.status !== 200 || !raw.body?.data) throw await fail(`the raw baseline answered ${raw.status} ${raw.text.slice(0, 300)}`);
    // Two nulls would be equal and prove nothing: the variables must hit data.
    if (Object.values(api.body.data).some((value) => value === null)) throw await fail("the API found nothing: fix the scenario's variables");
    if (!isDeepStrictEqual(api.body, raw.body)) throw await fail(`the answers differ at ${firstDifference(api.body, raw.body)}`);
    if (raw.statements !== scenario.statements) {
      throw await fail(`the baseline sent ${raw.statements} statements, the scenario declares ${scenario.statements}`);
    }
    sameBytes &&= api.text === raw.text;
    sizes.push(Buffer.byteLength(api.text));
  }
  return { scenario: scenario.name, requests: sizes.length, bytes: [Math.min(...sizes), Math.max(...sizes)], sameBytes, ...(bodies ? { bodies } : {}) };
}

/** The scenario as the peer is asked it: PostGraphile's document and variables. */
export function peerScenario(scenario: Scenario, part: PostgraphilePart): Scenario {
  return {
    ...scenario,
    kind: "graphql",
    query: part.query,
    variables: scenario.variables.map((variables) => part.variables(variables)),
    ...(scenario.sameStatementsFor ? { sameStatementsFor: scenario.sameStatementsFor.map((variables) => part.variables(variables)) } : {}),
  } as Scenario;
}

/**
 * The peer's answers, converted by the scenario's `toApi`, must be the API's
 * `data`, request by request (the API's answers checked by
 * verifyIdenticalAnswers already). Throws VerificationFailed with the path of
 * the first difference, both bodies written to `dumpDir`.
 */
export async function verifyPeerAnswers(
  scenario: Scenario,
  part: PostgraphilePart,
  apiUrl: string,
  peerUrl: string,
  dumpDir: string,
  headers: Record<string, string> = {},
  label = scenario.name,
): Promise<Verified> {
  const peer = peerScenario(scenario, part);
  const sizes: number[] = [];
  for (const [index, variables] of scenario.variables.entries()) {
    const peerVariables = peer.variables[index];
    const [api, answered] = await Promise.all([answer(apiUrl, scenario, variables, headers), answer(peerUrl, peer, peerVariables, {})]);
    const where = `${label} on PostGraphile with ${JSON.stringify(peerVariables)}`;
    let converted: unknown;
    const fail = async (reason: string) => {
      const stem = join(dumpDir, `${label}-${sizes.length}`);
      await writeFile(`${stem}.api.json`, api.text);
      await writeFile(`${stem}.postgraphile.json`, answered.text);
      if (converted !== undefined) await writeFile(`${stem}.postgraphile-converted.json`, JSON.stringify(converted, null, 2));
      return new VerificationFailed(`${where}: ${reason}\n  Bodies written to ${stem}.{api,postgraphile,postgraphile-converted}.json`);
    };
    if (answered.status !== 200 || answered.body?.errors || !answered.body?.data) {
      throw await fail(`PostGraphile answered ${answered.status} ${answered.text.slice(0, 300)}`);
    }
    converted = part.toApi(answered.body.data, variables);
    if (!isDeepStrictEqual(api.body?.data, converted)) {
      throw await fail(`the converted answer differs from the API's at ${firstDifference(api.body?.data, converted).replace("≠ raw", "≠ PostGraphile")}`);
    }
    // Key order too: the same bytes once serialized.
    if (JSON.stringify(api.body?.data) !== JSON.stringify(converted)) throw await fail("the converted answer has the API's values but not its key order");
    sizes.push(Buffer.byteLength(answered.text));
  }
  return { scenario: `${label} (PostGraphile)`, requests: sizes.length, bytes: [Math.min(...sizes), Math.max(...sizes)], sameBytes: false };
}
