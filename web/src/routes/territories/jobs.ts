// The jobs of a territory's ESS, as the profile states them: one rule for
// the headline, so that it never says less than is known nor more. Two
// figures can be known, and they are not the same thing:
// - the territory's published count (an indicator: a value, who produced
//   it, the document and the year), which counts every ESS job there;
// - the headcounts Maillage knows of some of its organisations, summed,
//   which count only those organisations, each in its own year.
// The published count heads when there is one, the known headcounts beside
// it; without it, the known headcounts head, said to be partial; with
// neither, the jobs are unknown (never « 0 »).
import type { EssProfile, Indicator } from "../../graphql/profile.ts";
import { formatCount, formatMeasure, formatNumber, formatYearSpan } from "../../labels.ts";

/** What is known of the headcounts of the territory's ESS organisations. */
export interface KnownHeadcounts {
  /** "45 salariés". */
  jobs: string;
  /** "dans 3 organisations de l'ESS sur 13". */
  organisations: string;
  /** "comptés en 2019 – 2023", or null when the API gives no year. */
  years: string | null;
}

export type JobsFigure =
  | { kind: "published"; heading: string; value: string; indicator: Indicator; known: KnownHeadcounts | null }
  | { kind: "known"; heading: string; value: string; known: KnownHeadcounts }
  | { kind: "unknown"; heading: string; value: string; note: string };

type JobsOfProfile = Pick<EssProfile, "jobs" | "organisationsWithKnownJobs" | "knownJobsYears" | "jobsIndicator" | "essOrganisations">;

export function jobsFigure(profile: JobsOfProfile): JobsFigure {
  const known: KnownHeadcounts | null =
    profile.organisationsWithKnownJobs > 0
      ? {
          jobs: formatCount(profile.jobs, "salarié", "salariés"),
          organisations:
            `dans ${formatCount(profile.organisationsWithKnownJobs, "organisation", "organisations")} de l'ESS` +
            (profile.organisationsWithKnownJobs < profile.essOrganisations ? ` sur ${formatNumber(profile.essOrganisations)}` : ""),
          years: profile.knownJobsYears ? `comptés en ${formatYearSpan(profile.knownJobsYears)}` : null,
        }
      : null;
  const indicator = profile.jobsIndicator;
  if (indicator) {
    return { kind: "published", heading: "Emplois de l'ESS", value: formatMeasure(indicator.value, indicator.unit), indicator, known };
  }
  if (known) return { kind: "known", heading: "Emplois connus", value: formatNumber(profile.jobs), known };
  return {
    kind: "unknown",
    heading: "Emplois",
    value: "Inconnus",
    note: "ni chiffre publié, ni effectif connu d'une organisation",
  };
}

/** "année non précisée", or the year as written: "2021". */
export const indicatorYear = (indicator: Pick<Indicator, "year">) => (indicator.year === null ? "année non précisée" : String(indicator.year));
