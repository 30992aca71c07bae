import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../core/context.ts";
import { toConnection } from "../core/pagination.ts";
import { ImportKind } from "./import.type.ts";
import { DataImport, ImportConfirmation, ImportCounts, ImportOutcome, ImportPreviewRow, ImportPreviewRowConnection } from "./import.type.ts";
import { ConfirmImportInput, ImportRowsArgs, StartImportInput } from "./import.inputs.ts";
import {
  authorNames, cancelImport, classCounts, listImports, type ImportWithAuthor, confirmImport, previewRows, requireImport, setImportDaily, startImport, writtenOutcome, rowSummary, type ImportRowRecord,
} from "./import.service.ts";
import type { DataImport as DataImportRow } from "../generated/prisma/client.ts";

@Resolver(() => DataImport)
export class DataImportResolver {
  @Query(() => DataImport, { description: "An import, for those who may handle it (import.access.ts): FORBIDDEN otherwise, NOT_FOUND when there is none." })
  dataImport(@Arg("id", () => ID) id: string, @Ctx() { prisma, viewer }: Context) {
    return requireImport(prisma, viewer, id);
  }

  @Query(() => [DataImport], {
    description: "The past imports, newest first (the last 100): of an edition (kind EVENTS, for whoever may import into it), "
      + "or of organisations (an animator's own, every one for a platform admin). FORBIDDEN otherwise; BAD_USER_INPUT (edition) when unknown or missing.",
  })
  dataImports(
    @Arg("kind", () => ImportKind) kind: "EVENTS" | "ORGANISATIONS",
    @Arg("edition", () => ID, { nullable: true }) edition: string | null,
    @Ctx() { prisma, viewer }: Context,
  ) {
    return listImports(prisma, viewer, kind, edition);
  }

  @Mutation(() => DataImport, {
    description: "Starts an import of events into an edition (its animators) or of organisations (animators, admins): a file's text or a URL; "
      + "a job reads it into a preview to confirm. BAD_USER_INPUT naming the field (neither or both of content and url, too large, not http(s)).",
  })
  startImport(@Arg("input", () => StartImportInput) input: StartImportInput, @Ctx() { prisma, viewer }: Context) {
    return startImport(prisma, viewer, input);
  }

  @Mutation(() => ImportConfirmation, {
    description: "Writes an import's preview in one transaction (excluded rows, invalid ones and possible duplicates left to SKIP aside); audited. "
      + "A row the rules refuse now writes nothing: BAD_USER_INPUT with field `rows.<position>`. CONFLICT when it is not awaiting confirmation.",
  })
  async confirmImport(@Arg("input", () => ConfirmImportInput) input: ConfirmImportInput, @Ctx() { prisma, viewer }: Context) {
    const { imp, outcome } = await confirmImport(prisma, viewer, input);
    return { import: imp, outcome };
  }

  @Mutation(() => DataImport, { description: "Cancels an import not yet written. CONFLICT once committed." })
  cancelImport(@Arg("id", () => ID) id: string, @Ctx() { prisma, viewer }: Context) {
    return cancelImport(prisma, viewer, id);
  }

  @Mutation(() => DataImport, { description: "Turns the daily re-import of an import's URL on or off (on: the first runs a day after its confirmation)." })
  setImportDaily(@Arg("id", () => ID) id: string, @Arg("daily", () => Boolean) daily: boolean, @Ctx() { prisma, viewer }: Context) {
    return setImportDaily(prisma, viewer, id, daily);
  }

  @FieldResolver(() => String, { description: "The display name of who started it (or set the feed that did)." })
  async authorName(@Root() imp: ImportWithAuthor, @Ctx() { prisma }: Context) {
    return imp.authorName ?? (await authorNames(prisma, [imp.accountId])).get(imp.accountId) ?? "compte supprimé";
  }

  @FieldResolver(() => ImportCounts, { description: "Its preview's rows by class." })
  async counts(@Root() imp: DataImportRow, @Ctx() { prisma }: Context) {
    const counts = await classCounts(prisma, imp.id);
    return { new: counts.NEW, update: counts.UPDATE, possibleDuplicate: counts.POSSIBLE_DUPLICATE, invalid: counts.INVALID };
  }

  @FieldResolver(() => ImportOutcome, { description: "What it wrote so far (a scheduled re-import writes part of it by itself)." })
  outcome(@Root() imp: DataImportRow, @Ctx() { prisma }: Context) {
    return writtenOutcome(prisma, imp.id);
  }

  @FieldResolver(() => ImportPreviewRowConnection, { description: "Its preview's rows in source order, of some classes." })
  async rows(@Root() imp: DataImportRow, @Args(() => ImportRowsArgs) args: ImportRowsArgs, @Ctx() { prisma }: Context) {
    return toConnection(await previewRows(prisma, imp.id, args.classes, args));
  }
}

@Resolver(() => ImportPreviewRow)
export class ImportPreviewRowResolver {
  @FieldResolver(() => String, { nullable: true, description: "What the row says in short (dates, commune), in French." })
  summary(@Root() row: ImportRowRecord) {
    return rowSummary(row);
  }
}
