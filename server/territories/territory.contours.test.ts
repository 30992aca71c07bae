// Contours and real neighbours, through the API and the downloads, read back
// by independent readers (GDAL's ogrinfo, Python's json) and against facts
// of the map that do not come from our code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { feature, neighbors } from "topojson-client";
import { geoBounds } from "d3-geo";
import type { GeometryCollection, Topology } from "topojson-specification";
import { startTestServer, type TestServer } from "../../tests/support/server.ts";
import { sourceCommunes } from "../../tests/support/official-source.ts";
import { ogrSummary, rfc7946Check } from "../../tests/support/geojson.ts";
import { readCommuneTopology, type CommuneGeometry } from "./territory.contours.ts";

const CALL = "246200364"; // CA de Lens-Liévin
const HENIN_CARVIN = "246200299"; // CA d'Hénin-Carvin
const ARRAS = "200033579"; // CU d'Arras
const TERNOIS = "200069672"; // CC du Ternois

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const codes = (territories: { code: string }[]) => territories.map((territory) => territory.code);

async function download(path: string) {
  const response = await fetch(server.url + path);
  return { response, text: await response.text() };
}

describe("neighbours, from the contours' topology", () => {
  it("are the territories sharing a border: the CA de Lens-Liévin and the CA d'Hénin-Carvin, both ways", async () => {
    const { data, errors } = await server.graphql(`{
      call: territory(code: "${CALL}") { neighbours { code kind } }
      henin: territory(code: "${HENIN_CARVIN}") { neighbours { code } } }`);
    expect(errors).toBeUndefined();
    expect(codes(data.call.neighbours)).toContain(HENIN_CARVIN);
    expect(codes(data.henin.neighbours)).toContain(CALL);
    expect(new Set(data.call.neighbours.map((neighbour: { kind: string }) => neighbour.kind))).toEqual(new Set(["EPCI"]));
  });

  it("leave out two EPCI of one arrondissement that do not touch: the CU d'Arras and the CC du Ternois", async () => {
    // Both lie in the arrondissement d'Arras (621): the rule it replaces made them neighbours.
    const arrondissements = (epci: string[]) => new Set(
      (sourceCommunes() as (ReturnType<typeof sourceCommunes>[number] & { arrondissement?: string })[])
        .filter((commune) => epci.includes(commune.code)).map((commune) => commune.arrondissement),
    );
    const { data } = await server.graphql(`{
      arras: territory(code: "${ARRAS}") { neighbours { code } communes(first: 100) { edges { node { code } } } }
      ternois: territory(code: "${TERNOIS}") { neighbours { code } communes(first: 100) { edges { node { code } } } } }`);
    const membersOf = (territory: { communes: { edges: { node: { code: string } }[] } }) => territory.communes.edges.map((edge) => edge.node.code);
    const shared = [...arrondissements(membersOf(data.arras))].filter((arrondissement) => arrondissements(membersOf(data.ternois)).has(arrondissement));
    expect(shared).toContain("621");
    expect(codes(data.arras.neighbours)).not.toContain(TERNOIS);
    expect(codes(data.ternois.neighbours)).not.toContain(ARRAS);
  });

  it("hold at every level: the Pas-de-Calais borders the Nord and the Somme, the Hauts-de-France three régions", async () => {
    const { data } = await server.graphql(`{
      pasDeCalais: territory(code: "62") { neighbours { code } }
      hautsDeFrance: territory(code: "32", kind: REGION) { neighbours { name } }
      lens: territory(code: "62498") { neighbours { name } } }`);
    expect(codes(data.pasDeCalais.neighbours).sort()).toEqual(["59", "80"]);
    expect(data.hautsDeFrance.neighbours.map((region: { name: string }) => region.name).sort()).toEqual(["Grand Est", "Normandie", "Île-de-France"]);
    expect(data.lens.neighbours.map((commune: { name: string }) => commune.name)).toEqual(expect.arrayContaining(["Liévin", "Loos-en-Gohelle", "Sallaumines"]));
  });
});

describe("a territory's place on the map", () => {
  it("gives a centroid inside its bounding box, where the commune is", async () => {
    const { data } = await server.graphql(`{ territory(code: "62498") {
      centroid { longitude latitude } boundingBox { west south east north } contourPath communesContourPath } }`);
    const { centroid, boundingBox } = data.territory;
    // Lens's town hall stands at 50.43 N, 2.83 E.
    expect(centroid.latitude).toBeCloseTo(50.43, 1);
    expect(centroid.longitude).toBeCloseTo(2.83, 1);
    expect(boundingBox.west).toBeLessThan(centroid.longitude);
    expect(boundingBox.east).toBeGreaterThan(centroid.longitude);
    expect(boundingBox.south).toBeLessThan(centroid.latitude);
    expect(boundingBox.north).toBeGreaterThan(centroid.latitude);
    expect(data.territory.contourPath).toBe("/exports/territories/COMMUNE/62498/contour.geojson");
  });

  it("shows a territory without contour without a shape: a commune re-established since 2018, an overseas collectivité", async () => {
    const { data, errors } = await server.graphql(`{
      sannerville: territory(code: "14666") { name centroid { latitude } boundingBox { west } neighbours { code } contourPath }
      polynesie: territory(code: "987") { centroid { latitude } contourPath } }`);
    expect(errors).toBeUndefined();
    expect(data.sannerville).toEqual({ name: "Sannerville", centroid: null, boundingBox: null, neighbours: [], contourPath: null });
    expect(data.polynesie).toEqual({ centroid: null, contourPath: null });
    const layer = await fetch(`${server.url}/maps/shapes.topojson?kind=COMMUNE&within=14666`);
    expect(layer.status).toBe(200);
    expect((await layer.json()).objects.territories.geometries ?? []).toEqual([]);
    const { response, text } = await download("/exports/territories/COMMUNE/14666/contour.geojson");
    expect(response.status).toBe(200);
    expect(JSON.parse(text).features).toEqual([expect.objectContaining({ geometry: null, properties: expect.objectContaining({ code: "14666" }) })]);
  });
});

describe("GeoJSON downloads, read by GDAL and Python", () => {
  it("give the CA de Lens-Liévin's outline, where the API says it is", async () => {
    const { data } = await server.graphql(`{ territory(code: "${CALL}") { contourPath boundingBox { west south east north } } }`);
    const { response, text } = await download(data.territory.contourPath);
    expect(response.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    expect(response.headers.get("content-disposition")).toContain(`contour-EPCI-${CALL}.geojson`);
    const gdal = await ogrSummary(text);
    expect(gdal.count).toBe(1);
    expect(gdal.geometry).toBe("Multi Polygon");
    const { west, south, east, north } = data.territory.boundingBox;
    expect(gdal.extent.map((value) => Number(value.toFixed(3)))).toEqual([west, south, east, north].map((value) => Number(value.toFixed(3))));
    expect(await rfc7946Check(text)).toMatchObject({ features: 1, bad: 0, nulls: 0 });
    expect(JSON.parse(text).attribution).toContain("© IGN – ADMIN EXPRESS COG, édition 2018");
  });

  it("give its communes, one feature each with its population and EPCI", async () => {
    const { data } = await server.graphql(`{ territory(code: "${CALL}") { communesContourPath communes(first: 100) { totalCount edges { node { code population } } } } }`);
    const { text } = await download(data.territory.communesContourPath);
    const gdal = await ogrSummary(text);
    expect(gdal.count).toBe(data.territory.communes.totalCount);
    expect(gdal.out).toMatch(/population: Integer/);
    const read = JSON.parse(text);
    expect(read.features.map((f: { properties: { code: string; population: number; epciCode: string } }) => [f.properties.code, f.properties.population, f.properties.epciCode]).sort())
      .toEqual(data.territory.communes.edges.map((edge: { node: { code: string; population: number } }) => [edge.node.code, edge.node.population, CALL]).sort());
    expect(await rfc7946Check(text)).toMatchObject({ bad: 0, nulls: 0 });
  });

  it("dissolve the communes merged since 2018 into today's: Hesdin-la-Forêt covers its four 2018 communes", async () => {
    const source = await readCommuneTopology();
    const parts = ["62447", "62461", "62549", "62743"];
    const geometries = (source.objects.communes.geometries as CommuneGeometry[]).filter((geometry) => parts.includes(geometry.properties!.code));
    expect(geometries).toHaveLength(4);
    const [[west, south], [east, north]] = geoBounds(feature(source, { type: "GeometryCollection", geometries }));
    const { text } = await download("/exports/territories/COMMUNE/62447/contour.geojson");
    const gdal = await ogrSummary(text);
    expect(gdal.count).toBe(1);
    expect(gdal.extent.map((value) => value.toFixed(4))).toEqual([west, south, east, north].map((value) => value.toFixed(4)));
    const [polygon, ...others] = JSON.parse(text).features[0].geometry.coordinates;
    // One outline, no inner borders left between the four.
    expect(others).toHaveLength(0);
    expect(polygon).toHaveLength(1);
  });
});

describe("the web maps' layers", () => {
  it("give the EPCI of the Pas-de-Calais, sharing their borders", async () => {
    const { data } = await server.graphql(`{ territories(kind: EPCI, within: "62", first: 100) { edges { node { code name centroid { latitude } } } } }`);
    const expected = data.territories.edges.map((edge: { node: { code: string } }) => edge.node.code).sort();
    const response = await fetch(`${server.url}/maps/shapes.topojson?kind=EPCI&within=62`);
    expect(response.headers.get("cache-control")).toContain("max-age");
    const layer = (await response.json()) as Topology<{ territories: GeometryCollection<{ code: string; name: string; kind: string }> }>;
    const geometries = layer.objects.territories.geometries;
    expect(geometries.map((geometry) => geometry.id).sort()).toEqual(expected);
    expect(geometries.find((geometry) => geometry.id === CALL)!.properties).toEqual({ code: CALL, name: "CA de Lens - Liévin", kind: "EPCI" });
    // Neighbours drawn from one shared arc: no gap nor overlap between them on the map.
    const adjacent = neighbors(geometries);
    const index = (code: string) => geometries.findIndex((geometry) => geometry.id === code);
    expect(adjacent[index(CALL)]).toContain(index(HENIN_CARVIN));
    expect(adjacent[index(ARRAS)]).not.toContain(index(TERNOIS));

    // A browser revalidating (fetch would add "no-cache" to a conditional request without a Cache-Control of its own).
    const again = await fetch(`${server.url}/maps/shapes.topojson?kind=EPCI&within=62`, {
      headers: { "if-none-match": response.headers.get("etag")!, "cache-control": "max-age=0" },
    });
    expect(again.status).toBe(304);
  });

  it("give the national layer of every EPCI with a contour, lighter than the departemental detail", async () => {
    const { data } = await server.graphql(`{ territories(kind: EPCI, first: 1) { totalCount } }`);
    const national = await fetch(`${server.url}/maps/shapes.topojson?kind=EPCI`, { headers: { "accept-encoding": "gzip" } });
    const layer = (await national.json()) as Topology<{ territories: GeometryCollection }>;
    expect(layer.objects.territories.geometries).toHaveLength(data.territories.totalCount);
    const communes = await (await fetch(`${server.url}/maps/shapes.topojson?kind=COMMUNE&within=62`)).json() as Topology<{ territories: GeometryCollection }>;
    const points = (topology: Topology) => topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
    // 1 255 EPCI over France in fewer points than the 890 communes of one département.
    expect(points(layer)).toBeLessThan(points(communes) * 5);
  });

  it("tell a région from a département of the same code when asked: REGION:32 is the Hauts-de-France, 32 the Gers", async () => {
    const layer = async (query: string) =>
      ((await (await fetch(`${server.url}/maps/shapes.topojson?${query}`)).json()) as Topology<{ territories: GeometryCollection }>).objects.territories.geometries ?? [];
    expect((await layer("kind=DEPARTEMENT&within=REGION:32")).map((geometry) => geometry.id).sort()).toEqual(["02", "59", "60", "62", "80"]);
    expect((await layer("kind=DEPARTEMENT&within=32")).map((geometry) => geometry.id)).toEqual(["32"]);
    expect((await layer("kind=REGION&within=REGION:32")).map((geometry) => geometry.id)).toEqual(["32"]);
  });

  it("refuse what no map asks: an unknown level, the communes of all France, an unknown territory", async () => {
    for (const [query, field] of [["kind=CANTON", "kind"], ["kind=COMMUNE", "within"], ["kind=EPCI&within=99999", "within"], ["kind=EPCI&within=CANTON:32", "within"]]) {
      const response = await fetch(`${server.url}/maps/shapes.topojson?${query}`);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.errors?.[0]?.extensions ?? body.extensions ?? body).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(JSON.stringify(body)).toContain(field);
    }
  });
});
