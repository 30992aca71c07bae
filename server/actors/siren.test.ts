import { describe, expect, it } from "vitest";
import { isValidSiren } from "./siren.ts";
import { organisations } from "./data/organisations.ts";

describe("SIREN", () => {
  it("accepts numbers whose Luhn key is right", () => {
    // The CA de Lens-Liévin and the commune of Lens, from the official list.
    expect(isValidSiren("246200364")).toBe(true);
    expect(isValidSiren("216204982")).toBe(true);
  });

  it("refuses a wrong key, letters and wrong lengths", () => {
    expect(isValidSiren("246200365")).toBe(false);
    expect(isValidSiren("24620036A")).toBe(false);
    expect(isValidSiren("24620036")).toBe(false);
  });

  it("holds for every SIREN of the demo data", () => {
    for (const organisation of organisations.filter((o) => o.siren)) expect(isValidSiren(organisation.siren!), organisation.id).toBe(true);
  });
});
