// Before any load: the API and the raw baseline must return the same JSON for
// every request of every scenario, so that the ratios compare the same work.
import { isDeepStrictEqual } from "node:util";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { graphqlBody } from "./load.ts";
import type { Scenario } from "./scenarios/scenario.ts";

export class VerificationFailed extends Error {}

interface Answer {
  status: number;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: unknown[] } | undefined;
  statements: number;
}

async function post(url: string, body: string): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let parsed: Answer["body"];
  try {
    parsed = JSON.parse(text) as Answer["body"];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, body: parsed, statements: Number(response.headers.get("x-sql-statements") ?? NaN) };
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
): Promise<Verified> {
  const sizes: number[] = [];
  let sameBytes = true;
  for (const variables of scenario.variables) {
    const body = graphqlBody(scenario, variables);
    const [api, raw] = await Promise.all([post(apiUrl, body), post(rawUrl, body)]);
    const where = `${scenario.name} with ${JSON.stringify(variables)}`;
    const fail = async (reason: string) => {
      const stem = join(dumpDir, `${scenario.name}-${sizes.length}`);
      await writeFile(`${stem}.api.json`, api.text);
      await writeFile(`${stem}.raw.json`, raw.text);
      return new VerificationFailed(`${where}: ${reason}\n  Bodies written to ${stem}.{api,raw}.json`);
    };
    if (api.status !== 200 || api.body?.errors || !api.body?.data) throw await fail(`the API answered ${api.status} ${api.text.slice(0, 300)}`);
    if (raw.status !== 200 || !raw.body?.data) throw await fail(`the raw baseline answered ${raw.status} ${raw.text.slice(0, 300)}`);
    // Two nulls would be equal and prove nothing: the variables must hit data.
    if (Object.values(api.body.data).some((value) => value === null)) throw await fail("the API found nothing: fix the scenario's variables");
    if (!isDeepStrictEqual(api.body, raw.body)) throw await fail(`the answers differ at ${firstDifference(api.body, raw.body)}`);
    if (raw.statements !== scenario.statements) {
      throw await fail(`the baseline sent ${raw.statements} statements, the scenario declares ${scenario.statements}`);
    }
    if (!Number.isFinite(api.statements)) throw await fail("the API sent no x-sql-statements header (MAILLAGE_EXPOSE_SQL_STATEMENTS=1)");
    sameBytes &&= api.text === raw.text;
    sizes.push(Buffer.byteLength(api.text));
  }
  return { scenario: scenario.name, requests: sizes.length, bytes: [Math.min(...sizes), Math.max(...sizes)], sameBytes };
}
