// national-graph-export: not a load, one download at a time. The national
// cooperation graph (no territory: the synthetic data set's ~200,000
// organisations and ~1,000,000 edges, bench/ess-data.ts) downloaded once as
// GEXF and once as GraphML from the running API, which streams it from
// PostgreSQL with a cursor (server/graph/graph.export.ts). Measured:
//
// - the time to the first byte and to the last, the bytes;
// - the nodes and edges, counted in the bytes as they arrive (the file is
//   never held: a few hundred megabytes);
// - the resident memory (VmRSS) of each API process, sampled every 100 ms
//   during the download, against its value just before: what the download
//   costs the worker serving it, the question being whether that stays
//   bounded whatever the size of the graph. RSS includes garbage awaiting a
//   full collection, which V8 runs lazily: a worker that has served heavy
//   requests before (the full bench) lets more of it pile up than a fresh one.
//
// A download that does not answer 200, or GEXF and GraphML that disagree on
// the counts, fail the bench.
import { readFileSync } from "node:fs";
import { cpuAccounting, cpuSecondsBetween, cpuSnapshot, processTree, type ServerProcess } from "./processes.ts";

export const GRAPH_EXPORT_MEASUREMENT = {
  name: "national-graph-export",
  description: "GET /exports/cooperation.gexf and .graphml of the whole country (~1M edges), once each: time, bytes, API RSS",
} as const;

const DOWNLOADS = [
  { format: "GEXF 1.2draft", path: "/exports/cooperation.gexf" },
  { format: "GraphML", path: "/exports/cooperation.graphml" },
] as const;

const SAMPLE_MS = 100;

export interface ProcessMemory {
  pid: number;
  beforeMb: number;
  peakMb: number;
}

export interface GraphExportResult {
  format: string;
  path: string;
  status: number;
  firstByteSeconds: number;
  seconds: number;
  bytes: number;
  nodes: number;
  edges: number;
  /** Each API process (primary and workers). */
  memory: ProcessMemory[];
  /** The worker that served the download: the process that used the most CPU meanwhile. */
  serving: ProcessMemory | null;
  error: string | null;
}

/** VmRSS in MB, or null once the process has gone. */
function rssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Counts `pattern` in a stream of chunks without joining them: the last
 * pattern.length - 1 bytes of a chunk are carried over to the next, in which
 * no complete match of the carried part alone can hide twice.
 */
class PatternCounter {
  count = 0;
  private carry = Buffer.alloc(0);

  constructor(private readonly pattern: Buffer) {}

  add(chunk: Buffer): void {
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    for (let at = data.indexOf(this.pattern); at !== -1; at = data.indexOf(this.pattern, at + this.pattern.length)) this.count += 1;
    this.carry = Buffer.from(data.subarray(Math.max(0, data.length - (this.pattern.length - 1))));
  }
}

async function measureOne(server: ServerProcess, format: string, path: string, signal: AbortSignal): Promise<GraphExportResult> {
  const pids = processTree(server.child.pid!);
  const memory = new Map<number, ProcessMemory>();
  for (const pid of pids) {
    const before = rssMb(pid);
    if (before !== null) memory.set(pid, { pid, beforeMb: before, peakMb: before });
  }
  const sample = () => {
    for (const entry of memory.values()) {
      const now = rssMb(entry.pid);
      if (now !== null && now > entry.peakMb) entry.peakMb = now;
    }
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  const cpuBefore = cpuAccounting ? cpuSnapshot(pids) : null;

  const nodes = new PatternCounter(Buffer.from("<node "));
  const edges = new PatternCounter(Buffer.from("<edge "));
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  let firstByteSeconds = 0;
  let bytes = 0;
  let status = 0;
  let error: string | null = null;
  try {
    const response = await fetch(`${server.url}${path}`, { signal });
    status = response.status;
    if (!response.body) throw new Error("no body");
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const chunk = Buffer.from(read.value.buffer, read.value.byteOffset, read.value.byteLength);
      if (bytes === 0) firstByteSeconds = elapsed();
      bytes += chunk.length;
      nodes.add(chunk);
      edges.add(chunk);
    }
    if (status !== 200) error = `HTTP ${status}`;
  } catch (caught) {
    if (signal.aborted) throw caught;
    error = (caught as Error).message;
  } finally {
    clearInterval(sampler);
    sample();
  }
  const seconds = elapsed();
  const entries = [...memory.values()];
  const cpuAfter = cpuAccounting ? cpuSnapshot(pids) : null;
  const cpuOf = (pid: number) =>
    cpuBefore && cpuAfter ? cpuSecondsBetween(new Map([[pid, cpuBefore.get(pid) ?? 0]]), new Map([[pid, cpuAfter.get(pid) ?? 0]])) : 0;
  const serving = entries.reduce<ProcessMemory | null>((best, entry) => (best === null || cpuOf(entry.pid) > cpuOf(best.pid) ? entry : best), null);
  return { format, path, status, firstByteSeconds, seconds, bytes, nodes: nodes.count, edges: edges.count, memory: entries, serving, error };
}

/** Both downloads, one after the other, the API otherwise idle. */
export async function measureGraphExports(server: ServerProcess, signal: AbortSignal, progress: (message: string) => void): Promise<GraphExportResult[]> {
  const results: GraphExportResult[] = [];
  for (const { format, path } of DOWNLOADS) {
    progress(`${GRAPH_EXPORT_MEASUREMENT.name}: ${path}…`);
    const result = await measureOne(server, format, path, signal);
    results.push(result);
    progress(
      `${GRAPH_EXPORT_MEASUREMENT.name}: ${format} ${result.status}, ${(result.bytes / 1e6).toFixed(1)} MB in ${result.seconds.toFixed(1)} s, ` +
        `${result.nodes} nodes, ${result.edges} edges${result.error ? ` — ${result.error}` : ""}`,
    );
  }
  const [gexf, graphml] = results;
  if (!gexf.error && !graphml.error && (gexf.nodes !== graphml.nodes || gexf.edges !== graphml.edges)) {
    graphml.error = `GEXF and GraphML disagree: ${gexf.nodes}/${gexf.edges} against ${graphml.nodes}/${graphml.edges} nodes/edges`;
  }
  if (!gexf.error && gexf.edges === 0) gexf.error = "no edges";
  return results;
}

export const graphExportErrors = (results: readonly GraphExportResult[]) => results.filter((result) => result.error !== null).length;

const mb = (value: number) => value.toFixed(0);

export function formatGraphExports(results: readonly GraphExportResult[]): string {
  const header = ["format", "status", "time s", "1st byte s", "MB", "MB/s", "nodes", "edges", "serving worker RSS MB: before → peak"];
  const widths = [14, 6, 7, 10, 7, 6, 8, 9, 0];
  const line = (cells: string[]) => cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join("  ");
  const lines = [line(header), "-".repeat(line(header).length)];
  for (const result of results) {
    const rss = result.serving
      ? `${mb(result.serving.beforeMb)} → ${mb(result.serving.peakMb)} (+${mb(result.serving.peakMb - result.serving.beforeMb)})`
      : "n/a";
    lines.push(
      line([
        result.format, String(result.status), result.seconds.toFixed(1), result.firstByteSeconds.toFixed(2),
        (result.bytes / 1e6).toFixed(1), (result.bytes / 1e6 / result.seconds).toFixed(1),
        String(result.nodes), String(result.edges), rss,
      ]) + (result.error ? `  FAILED: ${result.error}` : ""),
    );
  }
  const all = results.flatMap((result) => result.memory);
  if (all.length) {
    const pids = [...new Set(all.map((entry) => entry.pid))];
    const summary = pids.map((pid) => {
      const entries = all.filter((entry) => entry.pid === pid);
      return `${pid}: ${mb(entries[0].beforeMb)} → ${mb(Math.max(...entries.map((entry) => entry.peakMb)))}`;
    });
    lines.push(`API processes (primary first), RSS MB before the first download → peak over both: ${summary.join(", ")}`);
  }
  return lines.join("\n");
}
