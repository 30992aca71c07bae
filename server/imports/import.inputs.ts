// Inputs of the import mutations: shapes here; rules (one of file or URL,
// sizes, rights) in import.service.ts.
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from "class-validator";
import { PageArgs } from "../core/pagination.ts";
import { DuplicateChoice, ImportFormat, ImportKind, ImportRowClass } from "./import.type.ts";
import { MAX_ROWS } from "./import.service.ts";

@InputType({ description: "A new import: a file's text, or a URL the job fetches (http or https)." })
export class StartImportInput {
  @Field(() => ImportKind, { description: "What it brings in." })
  kind!: ImportKind;

  @Field(() => ImportFormat, { description: "The source's format (organisations: CSV)." })
  format!: ImportFormat;

  @Field(() => ID, { nullable: true, description: "For events: the edition to import into." })
  @IsOptional() @MaxLength(100)
  edition?: string;

  @Field(() => ID, { nullable: true, description: "For events: the organiser of those whose source names none (the CSV column « Organisateur (SIREN) » names one)." })
  @IsOptional() @MaxLength(100)
  leadOrganisation?: string;

  @Field(() => String, { nullable: true, description: "The file's name, kept as its provenance." })
  @IsOptional() @MaxLength(200, { message: "Nom de fichier trop long." })
  fileName?: string;

  @Field(() => String, { nullable: true, description: "The file's text (UTF-8), 2 MB at most." })
  @IsOptional()
  content?: string;

  @Field(() => String, { nullable: true, description: "A URL to read instead (http or https; 5 MB and 20 s at most)." })
  @IsOptional() @MaxLength(2000, { message: "Adresse trop longue." })
  url?: string;

  @Field(() => Boolean, { nullable: true, description: "Re-import the URL every day once this import is confirmed." })
  @IsOptional()
  daily?: boolean;
}

@InputType({ description: "What to do with a possible duplicate." })
export class DuplicateChoiceInput {
  @Field(() => Int, { description: "The row's position." })
  position!: number;

  @Field(() => DuplicateChoice, { description: "Skip it, create it anyway, or update the record it resembles." })
  choice!: DuplicateChoice;
}

@InputType({ description: "The confirmation of an import's preview." })
export class ConfirmImportInput {
  @Field(() => ID, { description: "The import." })
  @MaxLength(100)
  id!: string;

  @Field(() => [Int], { nullable: true, description: "Positions of rows to leave out." })
  @IsOptional() @ArrayMaxSize(MAX_ROWS)
  excluded?: number[];

  @Field(() => [DuplicateChoiceInput], { nullable: true, description: "Choices for possible duplicates (SKIP unless told)." })
  @IsOptional() @ArrayMaxSize(MAX_ROWS) @ValidateNested()
  choices?: DuplicateChoiceInput[];
}

@ArgsType()
export class ImportRowsArgs extends PageArgs {
  @Field(() => [ImportRowClass], { nullable: true, description: "Only rows of these classes." })
  @IsOptional()
  classes?: ImportRowClass[];
}
