// Relay cursor connections: bounded pages, opaque cursors, lazy totalCount.
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { IsInt, IsOptional, Max, Min } from "class-validator";
import { badInput } from "./errors.ts";
import { forbiddenCharacter } from "./validation.ts";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, ${MAX_PAGE_SIZE} at most.`, defaultValue: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @IsInt()
  @Min(0, { message: "first doit être positif ou nul." })
  @Max(MAX_PAGE_SIZE, { message: `first ne peut pas dépasser ${MAX_PAGE_SIZE} : demandez la page suivante avec after.` })
  first?: number;

  @Field(() => String, { nullable: true, description: "Cursor after which the page starts: the endCursor of the previous page." })
  @IsOptional()
  after?: string;
}

@ObjectType({ description: "Where a page stands in the whole list.", simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: "True when a page follows this one." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "True when this page does not start the list." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge of the page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge; pass it as `after` for the next page." })
  endCursor!: string | null;
}

/** What a service returns for a page: the rows, and how to count them all. */
export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf(node: T): string;
  /** Called only when the client asks for totalCount. */
  totalCount(): Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

// Cursors are made when asked: most pages, nested lists above all, are read
// without them, and each is a JSON text in base64.
class LazyEdge<T> {
  constructor(
    readonly node: T,
    private readonly page: Page<T>,
  ) {}

  get cursor(): string {
    return this.page.cursorOf(this.node);
  }
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  const edges = page.nodes.map((node) => new LazyEdge(node, page));
  return {
    edges,
    get pageInfo() {
      return {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      };
    },
    // A getter: the count runs only when the client selects totalCount.
    get totalCount() {
      return page.totalCount();
    },
  };
}

/** Builds the Edge and Connection object types of a node type. */
export function connectionTypes<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page.`, simpleResolvers: true })
  class Edge {
    @Field(() => String, { description: "Opaque position of this edge, for `after`." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.`, simpleResolvers: true })
  class Connection {
    @Field(() => [Edge], { description: "The records of this page, in order." })
    edges!: Edge[];

    @Field(() => PageInfo, { description: "Position of this page." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of records in the whole list, all pages together." })
    totalCount!: number;
  }
  return { Edge, Connection };
}

/** A connection from a nested page whose total came with it. */
export function nestedConnection<T>(page: Omit<Page<T>, "totalCount"> & { totalCount: number }): ConnectionShape<T> {
  const { totalCount, ...rest } = page;
  return toConnection({ ...rest, totalCount: async () => totalCount });
}

/** Cursors are base64url JSON of the sort key of a row. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/**
 * The parts a cursor's key may have: "string" (a text, such as a name
 * without accents), "number" (an integer column: PostgreSQL's int, 32 bits),
 * "bigint" (a bigint column, as a string of digits).
 */
export type CursorPart = "string" | "number" | "bigint";

/** Longer than any cursor encodeCursor makes (names are at most a few hundred characters). */
const MAX_CURSOR_LENGTH = 4096;
const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

function validPart(part: unknown, kind: CursorPart): boolean {
  switch (kind) {
    case "number":
      return typeof part === "number" && Number.isInteger(part) && part >= INT32.min && part <= INT32.max;
    case "bigint":
      return typeof part === "string" && /^\d{1,19}$/.test(part) && BigInt(part) <= 2n ** 63n - 1n;
    case "string":
      return typeof part === "string" && forbiddenCharacter(part) === null;
  }
}

/**
 * Decodes a cursor made by encodeCursor with the given shape, or throws
 * BAD_USER_INPUT on `field` — whatever the client sent: not base64, not
 * JSON, JSON of another shape, numbers out of the columns' range, text that
 * PostgreSQL would refuse, or absurdly long. The one decoder of every page.
 */
export function decodeCursor<K extends (string | number)[]>(
  cursor: string,
  shape: readonly CursorPart[],
  field = "after",
): K {
  let key: unknown;
  if (cursor.length <= MAX_CURSOR_LENGTH && BASE64URL.test(cursor)) {
    try {
      key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    } catch {
      key = undefined;
    }
  }
  if (!Array.isArray(key) || key.length !== shape.length || !key.every((part, index) => validPart(part, shape[index]))) {
    throw badInput(field, "Ce curseur n'est pas valide : reprenez la pagination depuis le début ou avec un endCursor reçu.");
  }
  return key as K;
}

export function pageSize(first: number | undefined | null): number {
  return first ?? DEFAULT_PAGE_SIZE;
}

/** A record listed in alphabetical order: by its accent-free name, then its id. */
interface Named {
  id: string;
  searchText: string;
}

/**
 * A page of records in alphabetical order (by search_text, which sorts É with
 * the E), the same way for every model that has one.
 * Throws BAD_USER_INPUT (after) on a bad cursor.
 */
export async function alphabeticalPage<T extends Named, W extends object>(
  model: {
    findMany(args: { where: object; orderBy: object[]; take: number }): Promise<T[]>;
    count(args: { where: W }): Promise<number>;
  },
  where: W,
  page: { first?: number; after?: string },
): Promise<Page<T>> {
  const size = pageSize(page.first);
  const keyset = page.after
    ? (() => {
        const [text, id] = decodeCursor<[string, string]>(page.after, ["string", "string"]);
        return { OR: [{ searchText: { gt: text } }, { searchText: text, id: { gt: id } }] };
      })()
    : {};
  const rows = await model.findMany({
    where: { AND: [where, keyset] },
    orderBy: [{ searchText: "asc" }, { id: "asc" }],
    take: size + 1,
  });
  return {
    nodes: rows.slice(0, size),
    hasNextPage: rows.length > size,
    hasPreviousPage: Boolean(page.after),
    cursorOf: (row) => encodeCursor([row.searchText, row.id]),
    totalCount: () => model.count({ where }),
  };
}

/**
 * A page over a list already computed in memory (clashes of an edition, the
 * nodes of a graph): the cursor is the position in the list.
 */
export function arrayPage<T>(items: readonly T[], first: number, after: string | undefined): Page<T> {
  const start = after ? decodeCursor<[number]>(after, ["number"])[0] + 1 : 0;
  if (start < 0) throw badInput("after", "Ce curseur n'est pas valide : reprenez la pagination depuis le début ou avec un endCursor reçu.");
  const nodes = items.slice(start, start + first);
  const index = new Map(nodes.map((node, offset) => [node, start + offset]));
  return {
    nodes,
    hasNextPage: start + first < items.length,
    hasPreviousPage: start > 0,
    cursorOf: (node) => encodeCursor([index.get(node)!]),
    totalCount: async () => items.length,
  };
}
