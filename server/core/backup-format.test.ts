// The reader finds each table's end line wherever the chunks of the file
// split it, and never in a row's escaped backslash.
import { describe, expect, it } from "vitest";
import { BACKUP_FORMAT_VERSION, BackupError, BackupReader, END_LINE, TABLE_END, preamble, type BackupHeader } from "./backup-format.ts";

const header: BackupHeader = {
  format: "MAILLAGE-BACKUP",
  version: BACKUP_FORMAT_VERSION,
  takenAt: "2026-11-30T12:00:00.000Z",
  source: { serverVersion: "18.4", serverVersionNum: 180004, database: "maillage", snapshot: "1:1:" },
  migrations: [{ name: "20261125135729_init", checksum: "0".repeat(64) }],
  tables: [
    { name: "a", columns: ["text"], rows: 3 },
    { name: "b", columns: ["text"], rows: 0 },
    { name: "c", columns: ["text"], rows: 1 },
  ],
};
// COPY's text for the values `x\.`, `\.` then `\` (a backslash is written `\\`).
const rowsOfA = "x\\\\.\n\\\\.\n\\\\\n";
const rowsOfC = "last\n";
const file = Buffer.from(`${preamble(header)}${rowsOfA}${TABLE_END}${TABLE_END}${rowsOfC}${TABLE_END}${END_LINE}`);

async function* inChunksOf(size: number, bytes = file) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function readAll(reader: BackupReader) {
  const tables: string[] = [];
  for (let index = 0; index < header.tables.length; index += 1) {
    const chunks: Buffer[] = [];
    for await (const chunk of reader.rows()) chunks.push(chunk);
    tables.push(Buffer.concat(chunks).toString());
  }
  await reader.end();
  return tables;
}

describe("BackupReader", () => {
  for (const size of [1, 2, 3, 5, 4096]) {
    it(`reads the header and each table's rows from chunks of ${size} bytes`, async () => {
      const reader = new BackupReader(inChunksOf(size));
      expect(await reader.header()).toEqual(header);
      expect(await readAll(reader)).toEqual([rowsOfA, "", rowsOfC]);
    });
  }

  it("refuses a file cut short, another format and something else", async () => {
    const cut = new BackupReader(inChunksOf(7, file.subarray(0, file.length - END_LINE.length - 3)));
    await cut.header();
    await expect(readAll(cut)).rejects.toThrow(new BackupError("This backup is cut short: it ends in the middle of a table."));

    const later = new BackupReader(inChunksOf(64, Buffer.from(`MAILLAGE-BACKUP ${BACKUP_FORMAT_VERSION + 1}\n{}\n`)));
    await expect(later.header()).rejects.toThrow(/in format 2, which this version of Maillage does not read/);

    const other = new BackupReader(inChunksOf(64, Buffer.from("-- PostgreSQL database dump\n")));
    await expect(other.header()).rejects.toThrow("This file is not a Maillage backup (it does not start with MAILLAGE-BACKUP).");
  });
});
