// The programme's filters without a browser: the address they make and read
// back, what the API is asked, and how events are grouped for reading and print.
import { describe, expect, it } from "vitest";
import { ALL_EDITIONS, criteriaOf, formSearch, groupByDayAndCommune, readForm, type ProgrammeForm } from "./programme.ts";

const empty = readForm("");

describe("the programme's address", () => {
  it("says only what is set, and reads back the same form", () => {
    const form: ProgrammeForm = {
      ...empty, territory: "EPCI/246200364", words: "ciné débat", postalCode: "62300", from: "2026-11-02", to: "2026-11-20",
      type: "ATELIER", audiences: ["GRAND_PUBLIC", "ELUS"], accessibility: ["FAUTEUIL"],
    };
    const search = formSearch(form);
    expect(search).toBe("territoire=EPCI%2F246200364&q=cin%C3%A9+d%C3%A9bat&cp=62300&du=2026-11-02&au=2026-11-20&type=ATELIER&public=GRAND_PUBLIC%2CELUS&acces=FAUTEUIL");
    expect(readForm(search)).toEqual(form);
    expect(formSearch(empty)).toBe("");
  });

  it("drops what no filter can hold", () => {
    const form = readForm("territoire=CANTON/12&cp=623&du=demain&type=BAL&public=ELUS,ROIS&acces=ASCENSEUR");
    expect(form).toEqual({ ...empty, audiences: ["ELUS"] });
  });
});

describe("what the API is asked", () => {
  it("the opening editions by date, one edition by date, every edition the most recent first", () => {
    expect(criteriaOf(empty, ["a", "b"])).toEqual({ filter: { published: true, editions: ["a", "b"] }, order: "DATE" });
    expect(criteriaOf({ ...empty, edition: "c" }, ["a"]).filter.editions).toEqual(["c"]);
    const all = criteriaOf({ ...empty, edition: ALL_EDITIONS, territory: "COMMUNE/62498", postalCode: "62300" }, ["a"]);
    expect(all).toEqual({ filter: { published: true, territory: "62498", territoryKind: "COMMUNE", postalCode: "62300" }, order: "NEWEST" });
  });
});

describe("grouping for reading and print", () => {
  it("by the day of the first session, then by commune in French alphabetical order", () => {
    const event = (id: string, start: string, commune: string) => ({ id, sessions: [{ localStart: start }], commune: { name: commune } });
    const groups = groupByDayAndCommune([
      event("1", "2026-11-03T09:00", "Lens"), event("2", "2026-11-03T10:00", "Éleu-dit-Leauwette"), event("3", "2026-11-03T11:00", "Lens"),
      event("4", "2026-11-05T09:00", "Liévin"),
    ]);
    expect(groups.map((group) => [group.day, group.communes.map((commune) => [commune.commune, commune.events.map((item) => item.id)])])).toEqual([
      ["2026-11-03", [["Éleu-dit-Leauwette", ["2"]], ["Lens", ["1", "3"]]]],
      ["2026-11-05", [["Liévin", ["4"]]]],
    ]);
  });
});
