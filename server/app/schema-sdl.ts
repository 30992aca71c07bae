import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

const HEADER = "# Emitted from the code by `npm run schema:emit`; do not edit.\n\n";

/** The committed form of the schema: sorted, so that diffs show real changes. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + "\n";
}
