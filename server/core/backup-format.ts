// The file `npm run backup` writes and `npm run restore` reads.
//
// Format 1: one gzip stream (RFC 1952; `zcat` shows it) holding, in order,
//
//   MAILLAGE-BACKUP 1\n                 the magic line and the format version
//   {…}\n                               the header, one line of JSON (BackupHeader)
//   then for each table of the header, in its order:
//     rows in PostgreSQL's COPY text format, one per line, columns in the
//     header's order, with the session settings of SESSION_SETTINGS
//     \.\n                              the end of the table's rows
//   MAILLAGE-BACKUP END\n               the end of the backup
//
// COPY's text format escapes backslashes, newlines and carriage returns in
// values, so a row never spans lines and a line holding only `\.` is never a
// row. Everything was read in one REPEATABLE READ transaction: one snapshot,
// whose row counts the header gives. gzip's CRC-32 and the end line catch a
// damaged or cut file. A later format gets another number; a reader refuses
// the numbers it does not know.
import { once } from "node:events";
import type { Writable } from "node:stream";

export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_MAGIC = "MAILLAGE-BACKUP";
/** The line after a table's rows (COPY's own end-of-data marker). */
export const TABLE_END = Buffer.from("\\.\n");
/** The last line of a backup. */
export const END_LINE = `${BACKUP_MAGIC} END\n`;
const NEWLINE = 0x0a;

/**
 * Settings of both the backup's and the restore's sessions: the text of
 * dates, intervals and floats depends on them, so both ends agree whatever
 * the servers' defaults.
 */
export const SESSION_SETTINGS: Record<string, string> = {
  client_encoding: "UTF8",
  DateStyle: "ISO, YMD",
  IntervalStyle: "postgres",
  TimeZone: "UTC",
  extra_float_digits: "3",
  bytea_output: "hex",
  // A backup or restore of the national data set runs longer than any
  // request may: no limit on its statements or its open transaction.
  statement_timeout: "0",
  idle_in_transaction_session_timeout: "0",
};

export interface BackupHeader {
  format: typeof BACKUP_MAGIC;
  version: number;
  /** When the snapshot was taken (ISO 8601). */
  takenAt: string;
  source: {
    /** server_version of the source PostgreSQL, e.g. "18.1". */
    serverVersion: string;
    serverVersionNum: number;
    database: string;
    /** pg_current_snapshot() of the backup's transaction. */
    snapshot: string;
  };
  /** Applied migrations (Prisma's _prisma_migrations), in the order they apply. */
  migrations: { name: string; checksum: string }[];
  /** Every table of the schema but _prisma_migrations, in the order of their rows in the file. */
  tables: { name: string; columns: string[]; rows: number }[];
}

/** A failure whose message is meant for the person who ran the command. */
export class BackupError extends Error {}

/** Writes, waiting when the destination asks to (a large backup never sits in memory). */
export async function write(destination: Writable, data: string | Buffer): Promise<void> {
  if (!destination.write(data)) await once(destination, "drain");
}

/** The magic line and the header line. */
export function preamble(header: BackupHeader): string {
  return `${BACKUP_MAGIC} ${header.version}\n${JSON.stringify(header)}\n`;
}

/** Counts the rows in a chunk of COPY text output. */
export function countRows(chunk: Buffer): number {
  let rows = 0;
  for (let index = chunk.indexOf(NEWLINE); index !== -1; index = chunk.indexOf(NEWLINE, index + 1)) rows += 1;
  return rows;
}

/** Reads a backup's decompressed bytes: its lines, then each table's rows. */
export class BackupReader {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.chunks = source[Symbol.asyncIterator]();
  }

  /** Reads the header, refusing what is not a backup of a known format. */
  async header(): Promise<BackupHeader> {
    const magic = await this.line(200);
    const match = magic?.match(/^MAILLAGE-BACKUP (\d+)$/);
    if (!match) throw new BackupError("This file is not a Maillage backup (it does not start with MAILLAGE-BACKUP).");
    const version = Number(match[1]);
    if (version !== BACKUP_FORMAT_VERSION) {
      throw new BackupError(`This backup is in format ${version}, which this version of Maillage does not read (it reads format ${BACKUP_FORMAT_VERSION}): restore it with the version that wrote it or a newer one.`);
    }
    const json = await this.line();
    if (json === undefined) throw new BackupError("This backup is cut short: it ends before its header.");
    const header = JSON.parse(json) as BackupHeader;
    if (header.version !== version || !Array.isArray(header.tables) || !Array.isArray(header.migrations)) {
      throw new BackupError("This backup's header is damaged.");
    }
    return header;
  }

  /** The rows of the next table, as chunks of whole or partial lines, up to its end line. */
  async *rows(): AsyncGenerator<Buffer> {
    // The byte before the buffer's first: a table's rows start on a new line.
    let previous = NEWLINE;
    for (;;) {
      for (let at = this.buffer.indexOf(TABLE_END); at !== -1; at = this.buffer.indexOf(TABLE_END, at + 1)) {
        if ((at === 0 ? previous : this.buffer[at - 1]) !== NEWLINE) continue;
        if (at > 0) yield this.buffer.subarray(0, at);
        this.buffer = this.buffer.subarray(at + TABLE_END.length);
        return;
      }
      // The end line may straddle two chunks: its first two bytes wait.
      const keep = Math.min(this.buffer.length, TABLE_END.length - 1);
      if (this.buffer.length > keep) {
        const ready = this.buffer.subarray(0, this.buffer.length - keep);
        previous = ready[ready.length - 1];
        this.buffer = this.buffer.subarray(ready.length);
        yield ready;
      }
      if (!(await this.fill())) throw new BackupError("This backup is cut short: it ends in the middle of a table.");
    }
  }

  /** Checks that the backup ends where it says it does. */
  async end(): Promise<void> {
    const line = await this.line(200);
    if (`${line}\n` !== END_LINE) throw new BackupError("This backup is cut short or damaged: its end line is missing.");
    if (this.buffer.length > 0 || (await this.fill())) throw new BackupError("This backup is damaged: something follows its end line.");
  }

  private async line(limit = Infinity): Promise<string | undefined> {
    for (;;) {
      const at = this.buffer.indexOf(NEWLINE);
      if (at !== -1) {
        const line = this.buffer.subarray(0, at).toString("utf8");
        this.buffer = this.buffer.subarray(at + 1);
        return line;
      }
      if (this.buffer.length > limit || !(await this.fill())) return undefined;
    }
  }

  private async fill(): Promise<boolean> {
    const next = await this.chunks.next();
    if (next.done) return false;
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, next.value]) : next.value;
    return true;
  }
}
