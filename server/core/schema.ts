// The GraphQL schema, assembled from the resolvers of every module.
import "reflect-metadata";
import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { TerritoryResolver } from "../territories/index.ts";
import { validateArgument } from "./validation.ts";

export const SCHEMA_FILE = new URL("../../schema.graphql", import.meta.url).pathname;

let built: Promise<GraphQLSchema> | undefined;

export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [TerritoryResolver],
    // class-validator rules on inputs; failures become BAD_USER_INPUT.
    validateFn: validateArgument,
  });
  return built;
}
