// The GraphQL shapes of imports: the import with its state and progress, its
// preview rows, and the outcome of a confirmation.
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { DuplicateChoice, ImportFormat, ImportKind, ImportRowClass, ImportState } from "../generated/prisma/enums.ts";
import { connectionTypes } from "../core/pagination.ts";

export { DuplicateChoice, ImportFormat, ImportKind, ImportRowClass, ImportState };

registerEnumType(ImportKind, {
  name: "ImportKind",
  description: "What an import brings in.",
  valuesConfig: { EVENTS: { description: "Events, into an edition." }, ORGANISATIONS: { description: "Organisations, into the platform." } },
});
registerEnumType(ImportFormat, {
  name: "ImportFormat",
  description: "The format of an import's source.",
  valuesConfig: {
    ICALENDAR: { description: "An iCalendar feed or file (RFC 5545); recurrences are expanded within the edition's days." },
    OPENAGENDA: { description: "An OpenAgenda JSON export (its event format)." },
    CSV: { description: "A CSV file in the template's columns (`;` or `,`, UTF-8 with or without BOM)." },
  },
});
registerEnumType(ImportState, {
  name: "ImportState",
  description: "Where an import stands.",
  valuesConfig: {
    QUEUED: { description: "Waiting to be read." },
    READING: { description: "Being read (rowsRead / rowsTotal)." },
    PREVIEW: { description: "Read: its preview awaits the animator's confirmation." },
    COMMITTED: { description: "Confirmed and written." },
    CANCELLED: { description: "Cancelled before being written." },
    FAILED: { description: "The source could not be read (`failure` says why)." },
  },
});
registerEnumType(ImportRowClass, {
  name: "ImportRowClass",
  description: "How a row of a preview would be written.",
  valuesConfig: {
    NEW: { description: "A new record." },
    UPDATE: { description: "An update of the record it names (same SIREN, or imported earlier from this source)." },
    POSSIBLE_DUPLICATE: { description: "It resembles a known record: the animator chooses (skipped unless told)." },
    INVALID: { description: "Not importable: `reasons` say why, naming the column or field." },
  },
});
registerEnumType(DuplicateChoice, {
  name: "DuplicateChoice",
  description: "What to do with a possible duplicate.",
  valuesConfig: {
    SKIP: { description: "Leave it out (the default)." },
    CREATE: { description: "Create it anyway." },
    UPDATE: { description: "Update the record it resembles with it." },
  },
});

@ObjectType({ description: "Rows of a preview by class.", simpleResolvers: true })
export class ImportCounts {
  @Field(() => Int, { description: "New records." })
  new!: number;

  @Field(() => Int, { description: "Updates of named records." })
  update!: number;

  @Field(() => Int, { description: "Possible duplicates." })
  possibleDuplicate!: number;

  @Field(() => Int, { description: "Invalid rows." })
  invalid!: number;
}

@ObjectType({ description: "What a confirmed import wrote.", simpleResolvers: true })
export class ImportOutcome {
  @Field(() => Int, { description: "Records created." })
  created!: number;

  @Field(() => Int, { description: "Records updated." })
  updated!: number;

  @Field(() => Int, { description: "Rows left out: invalid, excluded, or possible duplicates skipped." })
  skipped!: number;
}

@ObjectType({ description: "An import of events into an edition, or of organisations, from a file or a URL." })
export class DataImport {
  @Field(() => ID, { description: "Identifier." })
  id!: string;

  @Field(() => ImportKind, { description: "What it brings in." })
  kind!: ImportKind;

  @Field(() => ImportFormat, { description: "Its source's format." })
  format!: ImportFormat;

  @Field(() => ID, { nullable: true, description: "The edition events are imported into." })
  editionId!: string | null;

  @Field(() => ID, { nullable: true, description: "The organiser of imported events whose source names none." })
  leadOrganisationId!: string | null;

  @Field(() => String, { nullable: true, description: "The uploaded file's name." })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: "The URL read." })
  url!: string | null;

  @Field(() => ImportState, { description: "Where it stands." })
  state!: ImportState;

  @Field(() => Int, { description: "Rows read so far." })
  rowsRead!: number;

  @Field(() => Int, { nullable: true, description: "Rows in the source, once counted." })
  rowsTotal!: number | null;

  @Field(() => String, { nullable: true, description: "Why it failed, in French." })
  failure!: string | null;

  @Field(() => Boolean, { description: "Its URL is re-imported every day once confirmed." })
  daily!: boolean;

  @Field(() => Boolean, { description: "Started by a feed's daily schedule." })
  scheduled!: boolean;

  @Field(() => GraphQLDateTime, { description: "When it was started." })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was written." })
  committedAt!: Date | null;
}

@ObjectType({ description: "One row of an import's source and how it would be (or was) written." })
export class ImportPreviewRow {
  @Field(() => Int, { description: "Its rank in the source, from 1." })
  position!: number;

  @Field(() => String, { description: "What identifies it in its source: a UID, or « ligne 12 »." })
  sourceKey!: string;

  @Field(() => String, { description: "Its title or name." })
  label!: string;

  @Field(() => ImportRowClass, { name: "class", description: "How it would be written." })
  class!: ImportRowClass;

  @Field(() => [String], { description: "Why (invalid, update, possible duplicate), in French, naming the column or field." })
  reasons!: string[];

  @Field(() => ID, { nullable: true, description: "The existing record it updates or resembles." })
  matchedId!: string | null;

  @Field(() => String, { nullable: true, description: "Its title or name." })
  matchedLabel!: string | null;

  @Field(() => Boolean, { description: "The matched record was imported from this same source." })
  matchedFromSource!: boolean;

  @Field(() => String, { nullable: true, description: "What the row says in short (dates, commune), in French." })
  summary!: string | null;

  @Field(() => ID, { nullable: true, description: "The record written, once committed." })
  writtenId!: string | null;
}

export const { Connection: ImportPreviewRowConnection } = connectionTypes(ImportPreviewRow, "ImportPreviewRow");

@ObjectType({ description: "A confirmed import and what it wrote.", simpleResolvers: true })
export class ImportConfirmation {
  @Field(() => DataImport, { description: "The import, now committed." })
  import!: DataImport;

  @Field(() => ImportOutcome, { description: "What it wrote." })
  outcome!: ImportOutcome;
}
