// Writing organisations: rights, rules, one transaction with its audit entry.
import type { PrismaClient, Prisma } from "../generated/prisma/client.ts";
import { DomainError, badInput } from "../core/errors.ts";
import { editsOrganisation, forbidden, isAnimator, requireViewer } from "../auth/auth.policy.ts";
import type { Viewer } from "../auth/viewer.ts";
import { changedFields, recordAudit } from "../audit/audit.service.ts";
import { searchText } from "../territories/territory.search.ts";
import { familyOf } from "./legal-form.ts";
import { isValidSiren } from "./siren.ts";
import type { CreateOrganisationInput, OrganisationFields, UpdateOrganisationInput } from "./organisation.write.inputs.ts";

type Tx = Prisma.TransactionClient;

async function fieldsOf(tx: Tx, input: OrganisationFields, id: string) {
  if (input.siren !== undefined && input.siren !== null) {
    if (!isValidSiren(input.siren)) throw badInput("siren", "Ce SIREN n'existe pas : sa clé de contrôle est fausse.");
    const holder = await tx.organisation.findUnique({ where: { siren: input.siren }, select: { id: true, name: true } });
    if (holder && holder.id !== id) throw badInput("siren", `Ce SIREN est déjà celui de ${holder.name}.`);
  }
  let communeId: number | null | undefined;
  if (input.commune !== undefined) {
    if (input.commune === null) communeId = null;
    else {
      const commune = await tx.territory.findUnique({ where: { kind_code: { kind: "COMMUNE", code: input.commune } }, select: { id: true } });
      if (!commune) throw badInput("commune", `Aucune commune n'a le code INSEE « ${input.commune} ».`);
      communeId = commune.id;
    }
  }
  const fields: Record<string, unknown> = {};
  for (const key of ["name", "shortName", "sectors", "siren", "address", "website", "publicEmail", "publicPhone", "headcount", "headcountYear", "description"] as const) {
    if (input[key] !== undefined) fields[key] = typeof input[key] === "string" ? (input[key] as string).trim() || null : input[key];
  }
  if (input.legalForm) Object.assign(fields, { legalForm: input.legalForm, family: familyOf(input.legalForm) });
  if (communeId !== undefined) fields.communeId = communeId;
  return fields;
}

/**
 * @throws UNAUTHENTICATED; FORBIDDEN (only animators create organisations);
 * BAD_USER_INPUT (id taken, SIREN, commune, missing name or legal form).
 */
export async function createOrganisation(prisma: PrismaClient, viewer: Viewer | null, input: CreateOrganisationInput) {
  const author = requireViewer(viewer);
  if (!isAnimator(author)) throw forbidden("Seuls les animateurs de réseau ajoutent des organisations.");
  if (!input.name) throw badInput("name", "Donnez le nom de l'organisation.");
  if (!input.legalForm) throw badInput("legalForm", "Choisissez la forme juridique.");
  return prisma.$transaction(async (tx) => {
    if (await tx.organisation.findUnique({ where: { id: input.id }, select: { id: true } })) {
      throw badInput("id", `L'identifiant « ${input.id} » est déjà pris.`);
    }
    const fields = await fieldsOf(tx, input, input.id);
    const organisation = await tx.organisation.create({
      data: {
        id: input.id, ...(fields as { name: string; legalForm: NonNullable<OrganisationFields["legalForm"]>; family: ReturnType<typeof familyOf> }),
        sectors: input.sectors ?? [], source: `saisie:${author.email}`,
        searchText: searchText([input.name, input.shortName].filter(Boolean).join(" ")),
      },
    });
    await recordAudit(tx, author, { action: "CREATE", entityType: "Organisation", entityId: organisation.id, organisationId: organisation.id, changes: fields });
    return organisation;
  });
}

/**
 * @throws UNAUTHENTICATED; FORBIDDEN (neither an animator nor its editor);
 * NOT_FOUND; BAD_USER_INPUT (SIREN, commune).
 */
export async function updateOrganisation(prisma: PrismaClient, viewer: Viewer | null, input: UpdateOrganisationInput) {
  const author = requireViewer(viewer);
  if (!isAnimator(author) && !editsOrganisation(author, input.id)) {
    throw forbidden("Seuls les animateurs de réseau et les éditeurs de cette organisation peuvent la modifier.");
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: input.id } });
    if (!before) throw new DomainError("NOT_FOUND", `Aucune organisation n'a l'identifiant « ${input.id} ».`, "id");
    const fields = await fieldsOf(tx, input, input.id);
    if (fields.name !== undefined || fields.shortName !== undefined) {
      fields.searchText = searchText([fields.name ?? before.name, fields.shortName !== undefined ? fields.shortName : before.shortName].filter(Boolean).join(" "));
    }
    const organisation = await tx.organisation.update({ where: { id: input.id }, data: fields });
    const { searchText: _searchText, ...audited } = fields;
    await recordAudit(tx, author, {
      action: "UPDATE", entityType: "Organisation", entityId: input.id, organisationId: input.id,
      changes: changedFields(before as unknown as Record<string, unknown>, audited),
    });
    return organisation;
  });
}
