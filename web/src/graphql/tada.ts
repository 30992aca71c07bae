// The typed `graphql()` of the web app: every document's result and
// variables are read from schema.graphql (through graphql-env.d.ts, which
// `npm run generate:web-types` writes), so no type here restates the schema.
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    // Instants travel as ISO 8601 strings ("2026-11-05T17:00:00.000Z").
    DateTime: string;
    JSONObject: Record<string, unknown>;
  };
  // Pages read nested connections flattened into plain lists
  // (flattenConnections) and hand records to child components as they are:
  // masked fragments would have to be unmasked at every one of those steps.
  disableMasking: true;
}>();

export type { ResultOf, VariablesOf } from "gql.tada";

/** The values of an enum of the schema, `Enum<"EventType">`. */
export type Enum<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;

/** The nodes of a connection of a result (`{ edges: [{ node }] }`). */
export type NodeOf<Connection> = Connection extends { edges: readonly { node: infer Node }[] } ? Node : never;

/** A result with each connection turned into the list of its nodes, recursively, as flattenConnections does. */
export type Flattened<T> = T extends { edges: readonly { node: infer Node }[] }
  ? Flattened<Node>[]
  : T extends readonly (infer Item)[]
    ? Flattened<Item>[]
    : T extends object
      ? { [Key in keyof T]: Flattened<T[Key]> }
      : T;
