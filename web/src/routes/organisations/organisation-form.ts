// What the organisation form holds, what it sends (the whole record to add
// one, only what changed to change one) and what it checks before sending.
// The API checks everything again and names the field at fault: its French
// message is then shown under that field.
import { isValidSiren } from "../../../../server/actors/siren.ts";
import type { EditableOrganisation, LegalForm, OrganisationFieldsInput, Sector } from "../../graphql/organisations.ts";
import type { CommuneChoice } from "../../graphql/territories.ts";

export interface OrganisationForm {
  /** The identifier of a new organisation, proposed from its name until the person writes their own. */
  id: string;
  name: string;
  shortName: string;
  legalForm: LegalForm | "";
  sectors: Sector[];
  siren: string;
  address: string;
  commune: CommuneChoice | null;
  website: string;
  publicEmail: string;
  publicPhone: string;
  headcount: string;
  headcountYear: string;
  description: string;
}

export const emptyForm = (): OrganisationForm => ({
  id: "", name: "", shortName: "", legalForm: "", sectors: [], siren: "", address: "", commune: null,
  website: "", publicEmail: "", publicPhone: "", headcount: "", headcountYear: "", description: "",
});

export function formOf(organisation: EditableOrganisation): OrganisationForm {
  return {
    id: organisation.id,
    name: organisation.name,
    shortName: organisation.shortName ?? "",
    legalForm: organisation.legalForm ?? "",
    sectors: [...organisation.sectors],
    siren: organisation.siren ?? "",
    address: organisation.address ?? "",
    commune: organisation.commune,
    website: organisation.website ?? "",
    publicEmail: organisation.publicEmail ?? "",
    publicPhone: organisation.publicPhone ?? "",
    headcount: organisation.headcount === null ? "" : String(organisation.headcount),
    headcountYear: organisation.headcountYear === null ? "" : String(organisation.headcountYear),
    description: organisation.description ?? "",
  };
}

const text = (value: string) => value.trim() || null;
const integer = (value: string) => (value.trim() === "" ? null : Number(value.trim()));

type Fields = Omit<OrganisationFieldsInput, "id">;

/** The fields as the API takes them; an empty field is null (unknown). */
export function inputOf(form: OrganisationForm): Fields {
  return {
    name: form.name.trim(),
    shortName: text(form.shortName),
    // A legal form once known is not unknown again: left empty, it is not sent.
    legalForm: form.legalForm || undefined,
    sectors: form.sectors,
    siren: text(form.siren.replace(/\s/g, "")),
    address: text(form.address),
    commune: form.commune?.code ?? null,
    website: text(form.website),
    publicEmail: text(form.publicEmail),
    publicPhone: text(form.publicPhone),
    headcount: integer(form.headcount),
    headcountYear: integer(form.headcountYear),
    description: text(form.description),
  };
}

/** What a new organisation sends: the fields given. */
export const creationOf = (form: OrganisationForm) => ({
  id: form.id.trim(),
  ...Object.fromEntries(Object.entries(inputOf(form)).filter(([, value]) => value !== null && value !== undefined)),
});

/** The fields that differ from the record as read. */
export function changesOf(current: Fields, initial: Fields): Fields {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(current)) {
    if (value === undefined) continue;
    if (JSON.stringify(value) !== JSON.stringify((initial as Record<string, unknown>)[key] ?? null)) changes[key] = value;
  }
  return changes as Fields;
}

/** « Le Toit Commun — SCIC » → « le-toit-commun-scic »: the identifier proposed for a new organisation. */
export function identifierOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
}

/** The French messages of the fields at fault, by field. */
export type FieldErrors = Record<string, string>;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What can be told before asking the API; the API says the rest (a SIREN already taken, an unknown commune…). */
export function checkForm(form: OrganisationForm, creating: boolean): FieldErrors {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  if (!name) errors.name = "Donnez le nom de l'organisation.";
  else if (name.length < 2 || name.length > 200) errors.name = "Le nom doit compter entre 2 et 200 caractères.";
  if (creating && !ID_PATTERN.test(form.id.trim())) errors.id = "Identifiant attendu en minuscules et tirets (ex. le-toit-commun).";
  const siren = form.siren.replace(/\s/g, "");
  if (siren && !/^\d{9}$/.test(siren)) errors.siren = "Un SIREN compte 9 chiffres.";
  else if (siren && !isValidSiren(siren)) errors.siren = "Ce SIREN n'existe pas : sa clé de contrôle est fausse.";
  const headcount = form.headcount.trim();
  if (headcount && !(/^\d+$/.test(headcount) && Number(headcount) <= 1_000_000)) errors.headcount = "Nombre d'emplois attendu, par exemple 12.";
  const year = form.headcountYear.trim();
  if (year && !(/^\d{4}$/.test(year) && Number(year) >= 1900 && Number(year) <= 2100)) errors.headcountYear = "Année attendue, par exemple 2025.";
  return errors;
}

// The fields shown with their own message; any other is said above the button.
export const FIELDS = [
  "id", "name", "shortName", "legalForm", "sectors", "siren", "address", "commune",
  "website", "publicEmail", "publicPhone", "headcount", "headcountYear", "description",
] as const;

export const isPlacedField = (field: string): boolean => (FIELDS as readonly string[]).includes(field);

/** "publicEmail" → "organisation-publicEmail", the id of the control and, with "-error", of its message. */
export const fieldId = (field: string) => `organisation-${field}`;

export const invalid = (errors: FieldErrors, field: string) => (errors[field] ? ("true" as const) : undefined);

export const describedBy = (errors: FieldErrors, field: string, ...hints: string[]) =>
  [...hints, errors[field] ? `${fieldId(field)}-error` : null].filter(Boolean).join(" ") || undefined;
