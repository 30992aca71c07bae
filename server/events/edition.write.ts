// Opening an edition: a network's animators open their Mois de l'ESS of a year.
import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { badInput, DomainError } from "../core/errors.ts";
import { animatesNetwork, forbidden, requireViewer } from "../auth/auth.policy.ts";
import type { Viewer } from "../auth/viewer.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { requireTerritory } from "../territories/territory.service.ts";
import { TerritoryKind } from "../territories/territory.type.ts";

@InputType({ description: "A territory by code and level." })
export class TerritoryRefInput {
  @Field(() => String, { description: "INSEE code, or SIREN for an EPCI." })
  @MaxLength(20)
  code!: string;

  @Field(() => TerritoryKind, { nullable: true, description: "Level (needed for a région)." })
  @IsOptional()
  kind?: TerritoryKind;
}

@InputType({ description: "A new edition of the Mois de l'ESS." })
export class CreateEditionInput {
  @Field(() => ID, { nullable: true, description: "The COTESS that runs it (exactly one of cotess, maison, organisation)." })
  @IsOptional() @MaxLength(100)
  cotess?: string;

  @Field(() => ID, { nullable: true, description: "The Maison de l'ESS that runs it." })
  @IsOptional() @MaxLength(100)
  maison?: string;

  @Field(() => ID, { nullable: true, description: "The organisation (a CRESS) that runs it as a network." })
  @IsOptional() @MaxLength(100)
  organisation?: string;

  @Field(() => Int, { description: "Year." })
  @IsInt() @Min(2000, { message: "Année invalide." }) @Max(2100, { message: "Année invalide." })
  year!: number;

  @Field(() => String, { description: "Title." })
  @Length(3, 200, { message: "Le titre doit compter entre 3 et 200 caractères." })
  title!: string;

  @Field(() => [TerritoryRefInput], { description: "Its territory scope (1 to 50 territories)." })
  @ArrayMinSize(1, { message: "Indiquez au moins un territoire." }) @ArrayMaxSize(50) @ValidateNested()
  territories!: TerritoryRefInput[];

  @Field(() => String, { nullable: true, description: "First day, YYYY-MM-DD (1 November by default)." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-01." })
  startsOn?: string;

  @Field(() => String, { nullable: true, description: "Last day, YYYY-MM-DD (30 November by default)." })
  @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Date attendue sous la forme 2026-11-30." })
  endsOn?: string;

  @Field(() => String, { nullable: true, description: "Description." })
  @IsOptional() @MaxLength(5000)
  description?: string;
}

function day(value: string, field: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw badInput(field, `Le ${value} n'existe pas.`);
  return date;
}

/**
 * @throws UNAUTHENTICATED; FORBIDDEN (not an animator of that network);
 * BAD_USER_INPUT (network, territories, days); CONFLICT (the network already
 * has an edition that year).
 */
export async function createEdition(prisma: PrismaClient, viewer: Viewer | null, input: CreateEditionInput) {
  const author = requireViewer(viewer);
  const networks = [input.cotess, input.maison, input.organisation].filter(Boolean);
  if (networks.length !== 1) throw badInput("cotess", "Indiquez un seul réseau : un COTESS, une Maison de l'ESS ou une organisation.");
  const network = { cotessId: input.cotess ?? null, maisonId: input.maison ?? null, networkOrganisationId: input.organisation ?? null };
  if (!animatesNetwork(author, network)) throw forbidden("Seuls les animateurs de ce réseau ouvrent ses éditions du Mois de l'ESS.");
  const startsOn = day(input.startsOn ?? `${input.year}-11-01`, "startsOn");
  const endsOn = day(input.endsOn ?? `${input.year}-11-30`, "endsOn");
  if (endsOn < startsOn) throw badInput("endsOn", "Le dernier jour doit suivre le premier.");
  if (endsOn.getTime() - startsOn.getTime() > 62 * 24 * 3600 * 1000) throw badInput("endsOn", "Une édition dure deux mois au plus.");

  return prisma.$transaction(async (tx) => {
    const territories = [];
    for (const [index, ref] of input.territories.entries()) {
      territories.push(await requireTerritory(tx as unknown as PrismaClient, ref.code, `territories.${index}.code`, ref.kind));
    }
    const existing = await tx.edition.findFirst({ where: { ...network, year: input.year }, select: { id: true } });
    if (existing) {
      throw new DomainError("CONFLICT", `Ce réseau a déjà son édition ${input.year}.`, "year", { reason: "EDITION_EXISTS", existingEdition: existing.id });
    }
    const networkKey = input.cotess ?? input.maison ?? input.organisation!;
    const id = `mois-ess-${input.year}-${networkKey}`;
    const edition = await tx.edition.create({
      data: {
        id, ...network, year: input.year, title: input.title.trim(), description: input.description?.trim() || null,
        startsOn, endsOn, source: `saisie:${author.email}`,
        territories: { create: [...new Set(territories.map((territory) => territory.id))].map((territoryId) => ({ territoryId })) },
      },
    });
    await recordAudit(tx, author, {
      action: "CREATE", entityType: "Edition", entityId: id, editionId: id, cotessId: network.cotessId, maisonId: network.maisonId,
      organisationId: network.networkOrganisationId,
      changes: { year: input.year, title: edition.title, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, territories: input.territories },
    });
    return edition;
  });
}
