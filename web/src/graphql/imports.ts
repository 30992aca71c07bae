// GraphQL documents of imports: starting one, following its reading,
// reading its preview, confirming or cancelling it.
import { graphql, type Enum, type ResultOf } from "./tada.ts";

export type ImportKind = Enum<"ImportKind">;
export type ImportFormat = Enum<"ImportFormat">;
export type ImportRowClass = Enum<"ImportRowClass">;
export type DuplicateChoice = Enum<"DuplicateChoice">;

export const StartImportMutation = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) { id state }
  }
`);

export const ImportQuery = graphql(`
  query Import($id: ID!, $after: String) {
    dataImport(id: $id) {
      id kind format editionId fileName url state rowsRead rowsTotal failure daily
      counts { new update possibleDuplicate invalid }
      outcome { created updated skipped }
      rows(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { position sourceKey label class reasons matchedId matchedLabel summary writtenId } }
      }
    }
  }
`);

export type ImportView = NonNullable<ResultOf<typeof ImportQuery>["dataImport"]>;
export type ImportPreviewRow = ImportView["rows"]["edges"][number]["node"];

export const ConfirmImportMutation = graphql(`
  mutation ConfirmImport($input: ConfirmImportInput!) {
    confirmImport(input: $input) { import { id state } outcome { created updated skipped } }
  }
`);

export const CancelImportMutation = graphql(`
  mutation CancelImport($id: ID!) {
    cancelImport(id: $id) { id state }
  }
`);

export const ImportListQuery = graphql(`
  query ImportList($kind: ImportKind!, $edition: ID) {
    dataImports(kind: $kind, edition: $edition) {
      id fileName url state daily scheduled createdAt authorName failure rowsTotal
      counts { new update possibleDuplicate invalid }
      outcome { created updated skipped }
    }
  }
`);

export type ImportListItem = ResultOf<typeof ImportListQuery>["dataImports"][number];

export const SetImportDailyMutation = graphql(`
  mutation SetImportDaily($id: ID!, $daily: Boolean!) {
    setImportDaily(id: $id, daily: $daily) { id daily }
  }
`);
