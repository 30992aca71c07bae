// The organisation form's rules, without a browser: the identifier proposed
// from the name, what it sends for an addition and a change, and its checks.
import { describe, expect, it } from "vitest";
import type { EditableOrganisation } from "../../graphql/organisations.ts";
import { isValidSiren } from "../../../../server/actors/siren.ts";
import { changesOf, checkForm, creationOf, emptyForm, formOf, identifierOf, inputOf } from "./organisation-form.ts";

const LENS = { code: "62498", name: "Lens", postalCodes: ["62300"], epci: { code: "246200364", name: "CA de Lens - Liévin" }, departement: { code: "62" } };

function readOrganisation(overrides: Partial<EditableOrganisation> = {}): EditableOrganisation {
  return {
    id: "emergences-62", name: "Émergences 62", shortName: null, legalForm: "ASSOCIATION", sectors: ["CULTURE"], siren: null,
    address: "3 rue des Coopératives", commune: LENS, website: null, publicEmail: null, publicPhone: null,
    headcount: 12, headcountYear: 2025, description: null, viewerCanEdit: true, ...overrides,
  };
}

describe("identifierOf", () => {
  it("turns a French name into lower-case words joined by hyphens", () => {
    expect(identifierOf("Le Toit Commun — SCIC")).toBe("le-toit-commun-scic");
    expect(identifierOf("  Œuvre d'Émergence à Liévin ! ")).toBe("oeuvre-d-emergence-a-lievin");
    expect(identifierOf("a".repeat(150))).toHaveLength(100);
  });
});

describe("what the form sends", () => {
  it("sends only what changed, an emptied field as null", () => {
    const read = readOrganisation();
    const form = formOf(read);
    const initial = inputOf(form);
    expect(changesOf(inputOf(form), initial)).toEqual({});
    form.headcount = "";
    form.description = "  Une association du bassin minier. ";
    form.commune = { ...LENS, code: "62413", name: "Harnes" };
    expect(changesOf(inputOf(form), initial)).toEqual({ headcount: null, description: "Une association du bassin minier.", commune: "62413" });
  });

  it("never sends a known legal form as unknown", () => {
    const form = formOf(readOrganisation());
    form.legalForm = "";
    expect(changesOf(inputOf(form), inputOf(formOf(readOrganisation())))).toEqual({});
  });

  it("adds an organisation with the fields given, the SIREN without its spaces", () => {
    const form = { ...emptyForm(), id: "ma-scop", name: "Ma SCOP", legalForm: "SCOP" as const, siren: "732 829 320", commune: LENS };
    expect(creationOf(form)).toEqual({ id: "ma-scop", name: "Ma SCOP", legalForm: "SCOP", sectors: [], siren: "732829320", commune: "62498" });
  });
});

describe("checkForm", () => {
  it("checks the SIREN's key as the server does", () => {
    const valid = "732829320";
    expect(isValidSiren(valid)).toBe(true);
    expect(checkForm({ ...emptyForm(), id: "x-1", name: "Nom", siren: valid }, true)).toEqual({});
    expect(checkForm({ ...emptyForm(), id: "x-1", name: "Nom", siren: "732829321" }, true)).toEqual({ siren: "Ce SIREN n'existe pas : sa clé de contrôle est fausse." });
    expect(checkForm({ ...emptyForm(), id: "x-1", name: "Nom", siren: "7328" }, true)).toEqual({ siren: "Un SIREN compte 9 chiffres." });
  });

  it("asks for a name, a well-formed identifier when adding, and numbers where numbers go", () => {
    expect(checkForm({ ...emptyForm(), id: "Pas Bon", headcount: "douze", headcountYear: "25" }, true)).toEqual({
      name: "Donnez le nom de l'organisation.",
      id: "Identifiant attendu en minuscules et tirets (ex. le-toit-commun).",
      headcount: "Nombre d'emplois attendu, par exemple 12.",
      headcountYear: "Année attendue, par exemple 2025.",
    });
    // A change does not touch the identifier.
    expect(checkForm({ ...emptyForm(), id: "", name: "Nom" }, false)).toEqual({});
  });
});
