// The GraphQL schema, assembled from the resolvers of every module.
import "reflect-metadata";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { validateArgument } from "../core/validation.ts";
import { modules } from "./modules.ts";

export const SCHEMA_FILE = new URL("../../schema.graphql", import.meta.url).pathname;

let built: Promise<GraphQLSchema> | undefined;

export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    resolvers: modules.flatMap((module) => module.resolvers) as NonEmptyArray<Function>,
    // class-validator rules on inputs; failures become BAD_USER_INPUT.
    validateFn: validateArgument,
  });
  return built;
}
