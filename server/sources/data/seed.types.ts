// The shape of the documents the demo data cites: reviewed records, one per
// document of the seed corpus, with what the document itself says of its
// title, author, publisher and date ("non daté" when it says nothing).
import type { SourceKind } from "../../generated/prisma/enums.ts";

export interface SourceSeed {
  id: string;
  title: string;
  author?: string;
  publisher?: string;
  /** As precise as the document allows ("15 avril 2024", "non daté, vers 2015"). */
  dateLabel: string;
  /** The year written or published, when known or closely estimated from the document. */
  year?: number;
  kind: SourceKind;
  /** What it is about, and how its date is known. */
  description?: string;
  url?: string;
}
