// The shape of the demo data: reviewed source files under server/<module>/data/,
// written from the documents of the seed corpus. Every record has a stable id
// (kebab-case, never reused) and names the document it comes from. Where the
// documents are silent (a SIREN, an exact date), the field is left out.
import type {
  Accessibility, Audience, CoOrganiserRole, EventStatus, EventType, RoleKind,
  CollectiveKind, CollectiveStructure, CooperationKind, IndicatorKind, LegalForm,
  MaisonRoleKind, MembershipRole, Sector, SpaceKind, TerritoryKind,
} from "../generated/prisma/enums.ts";

/** The documents of the seed corpus. */
export const SOURCES = {
  /** The bassin minier COTESS and the Maison de l'ESS "Le Toit Commun" in Lens. */
  TOIT_COMMUN: "seeds/000_4d9a6c896458d75e.txt",
  /** Intercommunal and communal ESS policies of the MEL and Roubaix, actors of the métropole lilloise. */
  MEL_ROUBAIX: "seeds/001_186e25baf0706ded.txt",
  /** Territorial anchoring of the ESS in the bassin minier (chairESS, Le Toit Commun). */
  ANCRAGE_BASSIN_MINIER: "seeds/002_e3b6c753d03fc831.txt",
  /** The Porte du Hainaut's projet de territoire. */
  PORTE_DU_HAINAUT: "seeds/003_bda52d0ccde73bdb.txt",
  /** The Pas-de-Calais cooperation referential (CDESS). */
  REFERENTIEL_COOPERATION_62: "seeds/004_04ef18b4adca1241.txt",
} as const;
export type Source = (typeof SOURCES)[keyof typeof SOURCES];

/** A territory of the official map, by level and code (SIREN for an EPCI). */
export interface TerritoryRef {
  kind: TerritoryKind;
  code: string;
}

export interface OrganisationSeed {
  id: string;
  name: string;
  shortName?: string;
  legalForm: LegalForm;
  sectors: Sector[];
  siren?: string;
  address?: string;
  /** INSEE code of the commune it is located in. */
  commune?: string;
  website?: string;
  publicEmail?: string;
  publicPhone?: string;
  headcount?: number;
  headcountYear?: number;
  description?: string;
  /** The card of a structure d'appui, initiateur de coopération. */
  card?: CardSeed;
  source: Source;
}

export interface PersonSeed {
  id: string;
  fullName: string;
  title?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  source: Source;
}

export interface CooperationSeed {
  id: string;
  kind: CooperationKind;
  organisations: [string, string];
  collective?: string;
  statement?: string;
  sinceYear?: number;
  untilYear?: number;
  source: Source;
}

export interface ShareholdingSeed {
  company: string;
  holder: string;
  category?: string;
  sinceYear?: number;
  source: Source;
}

/** The fields of a card of the Pas-de-Calais cooperation referential. */
export interface CardSeed {
  sectorLabel?: string;
  coverageLabel?: string;
  coverage: TerritoryRef[];
  origin?: string;
  governance?: string;
  stakes?: string;
  workingTogether?: string;
  contact?: string;
}

export interface CollectiveSeed {
  id: string;
  name: string;
  kind: CollectiveKind;
  sectors: Sector[];
  structure?: CollectiveStructure;
  meetingRhythm?: string;
  startYear?: number;
  description?: string;
  card?: CardSeed;
  members: { organisation: string; role: MembershipRole; sinceYear?: number; untilYear?: number }[];
  source: Source;
}

export interface CotessSeed {
  id: string;
  name: string;
  formerNames: string[];
  description?: string;
  history?: string;
  territories: TerritoryRef[];
  /** Seats of co-animators; the person and organisation where the documents name them. */
  coAnimators: { id: string; agglomeration: TerritoryRef; person?: string; organisation?: string }[];
  members: { organisation: string; sinceYear?: number }[];
  participations: { year: number; tookPart: boolean; note?: string }[];
  source: Source;
}

export interface MaisonSeed {
  id: string;
  name: string;
  address?: string;
  commune: string;
  description?: string;
  recognition?: string;
  roles: { organisation: string; role: MaisonRoleKind; sinceYear?: number; untilYear?: number; note?: string }[];
  spaces: { id: string; kind: SpaceKind; name: string; description?: string; operator?: string }[];
  phases: { id: string; label: string; period?: string; surfaceM2?: number; description?: string }[];
  charter?: {
    id: string;
    title: string;
    values: { title: string; description?: string }[];
    /** signedOn as YYYY-MM-DD when the documents give it. */
    signatures: { organisation: string; signedOn?: string }[];
  };
  source: Source;
}

export interface PolicySeed {
  id: string;
  name: string;
  territory: TerritoryRef;
  collectivite?: string;
  adoptedYear?: number;
  summary?: string;
  priorities: string[];
  axes: { title: string; description?: string }[];
  figures: { label: string; value?: number; unit?: string }[];
  source: Source;
}

export interface IndicatorSeed {
  id: string;
  territory: TerritoryRef;
  kind: IndicatorKind;
  label: string;
  value: number;
  unit: string;
  year?: number;
  producer?: string;
  source: Source;
}

/** Where an event takes place: a Maison, an organisation's premises, or an address in a commune. */
export type VenueSeed =
  | { maison: string }
  | { organisation: string }
  | { address: string; /** INSEE code. */ commune: string };

export interface EventSeed {
  /** Stable id, unique across editions. */
  id: string;
  title: string;
  type: EventType;
  description?: string;
  status: EventStatus;
  venue: VenueSeed;
  audiences: Audience[];
  themes: Sector[];
  capacity?: number;
  accessibility?: Accessibility[];
  registrationUrl?: string;
  /** Local times in Europe/Paris, "2026-11-05T18:00". */
  sessions: { start: string; end: string }[];
  /** Exactly one LEAD. */
  coOrganisers: { organisation: string; role: CoOrganiserRole }[];
}

/** One network's Mois de l'ESS for a year. */
export interface EditionSeed {
  id: string;
  year: number;
  title: string;
  /** Exactly one: the COTESS, the Maison or the organisation acting as a network (the CRESS). */
  network: { cotess: string } | { maison: string } | { organisation: string };
  territories: TerritoryRef[];
  /** "YYYY-MM-DD", Europe/Paris days. */
  startsOn: string;
  endsOn: string;
  description?: string;
  /** The events are demonstration data (plausible, not reported by the documents). */
  isDemo: boolean;
  events: EventSeed[];
  source: Source | "demo";
}

/** A demo account: listed in the README, for trying each role. */
export interface AccountSeed {
  email: string;
  displayName: string;
  roles: (
    | { role: Extract<RoleKind, "PLATFORM_ADMIN"> }
    | { role: Extract<RoleKind, "NETWORK_ANIMATOR">; cotess?: string; maison?: string; organisation?: string }
    | { role: Extract<RoleKind, "ORGANISATION_EDITOR">; organisation: string }
    | { role: Extract<RoleKind, "COLLECTIVITE_AGENT">; territory: TerritoryRef }
  )[];
}
