// Independent readers of the GeoJSON downloads: GDAL's ogrinfo (what QGIS
// uses underneath) and Python's json with a check of what RFC 7946 asks of
// polygons. Neither shares code with the writer.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface OgrSummary {
  count: number;
  geometry: string;
  /** [west, south, east, north] */
  extent: number[];
  /** ogrinfo's whole summary (fields and their types). */
  out: string;
}

async function withFile<T>(text: string, read: (file: string) => T): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "maillage-geojson-"));
  try {
    const file = join(dir, "download.geojson");
    await writeFile(file, text);
    return read(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What GDAL reads of a GeoJSON text: its feature count, geometry type and extent. */
export function ogrSummary(text: string): Promise<OgrSummary> {
  return withFile(text, (file) => {
    const out = execFileSync("ogrinfo", ["-ro", "-al", "-so", file], { encoding: "utf8" });
    const extent = out.match(/Extent: \(([-\d.]+), ([-\d.]+)\) - \(([-\d.]+), ([-\d.]+)\)/)?.slice(1).map(Number) ?? [];
    return { count: Number(out.match(/Feature Count: (\d+)/)![1]), geometry: out.match(/Geometry: (.+)/)![1].trim(), extent, out };
  });
}

// Closed rings of at least four positions, in degrees, exterior rings
// counterclockwise and holes clockwise (RFC 7946, 3.1.6).
const RFC7946_CHECK = `
import json, sys
data = json.load(open(sys.argv[1]))
def area(ring):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2
bad = 0; rings = 0; nulls = 0
for f in data["features"]:
    g = f["geometry"]
    if g is None:
        nulls += 1; continue
    polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    for polygon in polygons:
        for i, ring in enumerate(polygon):
            rings += 1
            ok = len(ring) >= 4 and ring[0] == ring[-1] and all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)
            ok = ok and ((area(ring) > 0) if i == 0 else (area(ring) < 0))
            bad += 0 if ok else 1
print(json.dumps({"type": data["type"], "features": len(data["features"]), "rings": rings, "bad": bad, "nulls": nulls}))
`;

/** Python's reading: how many features, rings, rings breaking RFC 7946, and features without geometry. */
export function rfc7946Check(text: string): Promise<{ type: string; features: number; rings: number; bad: number; nulls: number }> {
  return withFile(text, (file) => JSON.parse(execFileSync("/usr/bin/python3", ["-c", RFC7946_CHECK, file], { encoding: "utf8" })));
}
