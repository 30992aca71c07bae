// The web app's queries against the committed SDL: a renamed field fails here
// rather than in someone's browser.
import { readdirSync, readFileSync } from "node:fs";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { buildSchema, parse, print, validate, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";

const GRAPHQL_DIR = new URL("../../web/src/graphql/", import.meta.url);
const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));

async function documentsOfTheWebApp() {
  const documents: { name: string; document: DocumentNode }[] = [];
  // The modules that hold documents; graphql-env.d.ts only types them.
  for (const file of readdirSync(GRAPHQL_DIR).filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))) {
    const module: Record<string, unknown> = await import(new URL(file, GRAPHQL_DIR).href);
    for (const [name, value] of Object.entries(module)) {
      if ((value as { kind?: unknown } | null)?.kind !== "Document") continue;
      // gql.tada builds its AST with @0no-co/graphql.web: reprint and reparse it with graphql-js.
      documents.push({ name: `${file}: ${name}`, document: parse(print(value as DocumentNode)) });
    }
  }
  return documents;
}

describe("GraphQL documents of the web app", () => {
  it("validate every operation in web/src/graphql against schema.graphql", async () => {
    const documents = await documentsOfTheWebApp();
    const operations = documents.filter(({ document }) => document.definitions.some((definition) => definition.kind === "OperationDefinition"));
    expect(operations.map(({ name }) => name)).toContain("territories.ts: SearchTerritories");
    for (const { name, document } of operations) {
      const errors = validate(schema, document).map((error) => error.message);
      expect(errors, name).toEqual([]);
    }
  });

  it("keeps every operation within the limits the API refuses beyond", async () => {
    // The limits of server/app/http.ts. Fragments cost depth: each spread
    // counts as a level of its own.
    const { validationRules } = new ApolloArmor({
      maxDepth: { n: 10 },
      maxAliases: { n: 15 },
      maxDirectives: { n: 20 },
      costLimit: { enabled: false },
      maxTokens: { enabled: false },
      blockFieldSuggestion: { enabled: false },
    }).protect();
    const documents = await documentsOfTheWebApp();
    for (const { name, document } of documents.filter(({ document }) => document.definitions.some((definition) => definition.kind === "OperationDefinition"))) {
      expect(validate(schema, document, validationRules).map((error) => error.message), name).toEqual([]);
    }
  });

  it("uses every exported fragment in some operation", async () => {
    const documents = await documentsOfTheWebApp();
    const spread = new Set(
      documents.flatMap(({ document }) => [...print(document).matchAll(/\.\.\.(\w+)/g)].map((match) => match[1])),
    );
    const fragments = documents.flatMap(({ document }) =>
      document.definitions.flatMap((definition) => (definition.kind === "FragmentDefinition" ? [definition.name.value] : [])),
    );
    expect(fragments.filter((fragment) => !spread.has(fragment))).toEqual([]);
  });
});
