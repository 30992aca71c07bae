import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Certainty, SourceKind } from "../generated/prisma/enums.ts";

export { Certainty, SourceKind };

registerEnumType(SourceKind, {
  name: "SourceKind",
  description: "What kind of document a source is.",
  valuesConfig: {
    PROJECT_PRESENTATION: { description: "A project's presentation by its promoters." },
    PRESS_ARTICLE: { description: "A press article." },
    ACADEMIC_ARTICLE: { description: "A research article." },
    REFERENTIAL: { description: "A referential or guide of practices." },
    OTHER: { description: "Another kind of document." },
  },
});

registerEnumType(Certainty, {
  name: "Certainty",
  description: "How a value is known. A value nobody knows is null, never a guess.",
  valuesConfig: {
    STATED: { description: "A document says it (or the person who entered it in Maillage)." },
    INFERRED: { description: "No document says it; it is inferred, for the reason given." },
  },
});

@ObjectType({ description: "A document records and figures come from.", simpleResolvers: true })
export class Source {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Its title (or, for an untitled document, what it is)." })
  title!: string;

  @Field(() => String, { nullable: true, description: "Who wrote it, as the document says; null when unsigned." })
  author!: string | null;

  @Field(() => String, { nullable: true, description: "Who published it, as the document says." })
  publisher!: string | null;

  @Field(() => String, { description: "Its date, as precise as the document allows (\"15 avril 2024\", \"non daté, vers 2015\")." })
  dateLabel!: string;

  @Field(() => Int, { nullable: true, description: "The year it was written or published, when known or closely estimated." })
  year!: number | null;

  @Field(() => SourceKind, { description: "What kind of document it is." })
  kind!: SourceKind;

  @Field(() => String, { nullable: true, description: "What it is about, and how its date is known." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Where to read it, when it is online." })
  url!: string | null;
}

@ObjectType({ description: "How a value is known: its certainty, the quote or reason, the document.", simpleResolvers: true })
export class Evidence {
  @Field(() => Certainty, { description: "Stated by a document, or inferred." })
  certainty!: Certainty;

  @Field(() => String, { nullable: true, description: "The document's words that state it, or the reason it is inferred." })
  basis!: string | null;

  sourceId!: string | null;
}
