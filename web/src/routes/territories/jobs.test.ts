// The jobs headline of a territory's profile: the published count heads,
// known headcounts say how partial they are, and nothing known is said so.
import { describe, expect, it } from "vitest";
import type { Indicator } from "../../graphql/profile.ts";
import { indicatorYear, jobsFigure } from "./jobs.ts";

const indicator: Indicator = {
  kind: "ESS_JOBS",
  label: "Postes de travail salariés de l'ESS",
  value: 7100,
  unit: "postes",
  year: 2021,
  producer: "Observatoire de la CRESS",
  source: { id: "ancrage", title: "L'ancrage territorial de l'ESS" },
  territory: { code: "246200364", name: "CA de Lens - Liévin", kind: "EPCI", epciNature: "COMMUNAUTE_AGGLOMERATION" },
};

const nothingKnown = { jobs: 0, organisationsWithKnownJobs: 0, knownJobsYears: null, jobsIndicator: null, essOrganisations: 13 };
const someKnown = { jobs: 45, organisationsWithKnownJobs: 3, knownJobsYears: { first: 2019, last: 2025 }, jobsIndicator: null, essOrganisations: 13 };
// Chromium and Node may not use the same space between thousands.
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("the jobs headline of a territory", () => {
  it("heads with the published count, and says nothing of headcounts when none is known", () => {
    const figure = jobsFigure({ ...nothingKnown, jobsIndicator: indicator });
    expect(figure.kind).toBe("published");
    expect(spaces(figure.value)).toBe("7 100 postes");
    expect(figure.heading).toBe("Emplois de l'ESS");
    if (figure.kind === "published") expect(figure.known).toBeNull();
  });

  it("keeps the known headcounts beside the published count, with their years and how many organisations", () => {
    const figure = jobsFigure({ ...someKnown, jobsIndicator: indicator });
    expect(figure.kind).toBe("published");
    if (figure.kind !== "published") return;
    expect(figure.known).toEqual({ jobs: "45 salariés", organisations: "dans 3 organisations de l'ESS sur 13", years: "comptés en 2019 – 2025" });
  });

  it("heads with the known headcounts, said to be partial, when nothing is published", () => {
    const figure = jobsFigure(someKnown);
    expect(figure.kind).toBe("known");
    expect(figure.heading).toBe("Emplois connus");
    expect(figure.value).toBe("45");
  });

  it("says the jobs are unknown rather than 0 when nothing is known", () => {
    const figure = jobsFigure(nothingKnown);
    expect(figure.kind).toBe("unknown");
    expect(figure.value).not.toMatch(/\d/);
  });

  it("writes a year as a year, not as a number grouped by thousands", () => {
    expect(indicatorYear({ year: 2025 })).toBe("2025");
    expect(indicatorYear({ year: null })).toBe("année non précisée");
    expect(jobsFigure({ ...someKnown, knownJobsYears: { first: 2025, last: 2025 } })).toMatchObject({ known: { years: "comptés en 2025" } });
  });
});
