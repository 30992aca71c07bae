// Co-organisers to propose for the Mois de l'ESS (the CRESS match them by
// e-mail today): organisations of the same or a neighbouring EPCI that share
// a sector with the organisation or a theme of its events, not tied to it yet
// (a partner of its partners scores higher), ranked with their reasons.
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Sector } from "../generated/prisma/enums.ts";
import { badInput, notFound } from "../core/errors.ts";
import { SECTOR_LABEL } from "../core/labels.ts";
import { tiesOf } from "./graph.neighbours.ts";
import { plannedEvent } from "../events/event.status.ts";
import { eventVisibleTo } from "../events/event.access.ts";
import { notKnownOutsideEss } from "../actors/legal-form.ts";
import { listedOrganisation } from "../actors/organisation.service.ts";
import type { Viewer } from "../core/viewer.ts";

export interface Suggestion {
  organisationId: string;
  score: number;
  reasons: { kind: string; label: string }[];
}

const WEIGHTS = { SAME_EPCI: 3, NEIGHBOURING_EPCI: 1.5, SHARED_SECTOR: 2, SHARED_THEME: 1, COMMON_PARTNER: 2.5, NEW_TO_EDITION: 1 };

const sectorList = (sectors: Sector[]) => sectors.map((sector) => SECTOR_LABEL[sector] ?? sector).join(", ");

/**
 * @throws NOT_FOUND (organisation, edition); BAD_USER_INPUT (organisation
 * without a commune and edition without EPCI to look in).
 */
export async function suggestPartners(
  prisma: PrismaClient,
  viewer: Viewer | null,
  organisationId: string,
  editionId: string,
  first: number | null = 10,
): Promise<Suggestion[]> {
  const organisation = await prisma.organisation.findUnique({ where: { id: organisationId }, select: { id: true, name: true, sectors: true, locationId: true } });
  if (!organisation) throw notFound("organisation", organisationId, "organisation");
  const edition = await prisma.edition.findUnique({ where: { id: editionId }, select: { id: true } });
  if (!edition) throw notFound("edition", editionId, "edition");

  // Where to look: its EPCI (that of its commune, or the one it is placed
  // in) and the neighbouring ones; without either, the EPCI of the edition's scope.
  const home = await prisma.$queryRaw<{ id: number; name: string }[]>`
    SELECT t.id, t.name FROM territory t WHERE t.id = ${organisation.locationId ?? -1} AND t.kind = 'EPCI'
    UNION ALL
    SELECT t.id, t.name FROM territory_inclusion i JOIN territory t ON t.id = i.ancestor_id AND t.kind = 'EPCI'
     WHERE i.descendant_id = ${organisation.locationId ?? -1}`;
  const area = home.length
    ? await prisma.$queryRaw<{ id: number; name: string; home: boolean }[]>`
        SELECT t.id, t.name, t.id = ${home[0].id} AS home FROM territory t
         WHERE t.id = ${home[0].id} OR t.id IN (SELECT neighbour_id FROM territory_neighbour WHERE territory_id = ${home[0].id})`
    : await prisma.$queryRaw<{ id: number; name: string; home: boolean }[]>`
        SELECT DISTINCT t.id, t.name, TRUE AS home FROM edition_territory et
          JOIN territory_inclusion i ON i.ancestor_id = et.territory_id OR i.descendant_id = et.territory_id
          JOIN territory t ON t.id IN (i.ancestor_id, i.descendant_id) AND t.kind = 'EPCI'
         WHERE et.edition_id = ${edition.id}`;
  if (!area.length) throw badInput("organisation", `${organisation.name} n'a pas de commune connue et l'édition ne couvre aucun EPCI.`);
  const areaById = new Map(area.map((epci) => [epci.id, epci]));

  // Its themes in this edition: those of the events it co-organises.
  const [themesRow] = await prisma.$queryRaw<{ themes: Sector[] }[]>`
    SELECT coalesce(array_agg(DISTINCT theme), '{}')::text[] AS themes FROM event e
      JOIN edition ed ON ed.id = e.edition_id
      JOIN event_co_organiser c ON c.event_id = e.id AND c.organisation_id = ${organisation.id}
      CROSS JOIN unnest(e.themes) AS theme
     -- Only events the viewer may read: a suggestion never reveals another network's draft.
     WHERE e.edition_id = ${edition.id} AND e.status <> 'CANCELLED' AND ${eventVisibleTo(viewer)}`;
  const themes = themesRow?.themes ?? [];
  const interests = [...new Set([...organisation.sectors, ...themes])];

  // Direct partners are excluded; partners of partners are a reason.
  const direct = new Set((await tiesOf(prisma, [organisation.id])).map((tie) => tie.b));
  const viaPartner = new Map<string, string[]>();
  for (const tie of await tiesOf(prisma, [...direct])) {
    if (tie.b === organisation.id || direct.has(tie.b)) continue;
    const through = viaPartner.get(tie.b) ?? [];
    if (!through.includes(tie.a)) through.push(tie.a);
    viaPartner.set(tie.b, through);
  }

  const candidates = await prisma.$queryRaw<{ id: string; name: string; sectors: Sector[]; epci_id: number; takes_part: boolean }[]>`
    SELECT o.id, o.name, o.sectors::text[] AS sectors, i.ancestor_id AS epci_id,
           EXISTS (SELECT 1 FROM event_co_organiser c JOIN event e ON e.id = c.event_id JOIN edition ed ON ed.id = e.edition_id
                    WHERE c.organisation_id = o.id AND e.edition_id = ${edition.id} AND ${plannedEvent()} AND ${eventVisibleTo(viewer)}) AS takes_part
      -- Located in one of the EPCI: in one of its communes, or placed in it.
      FROM organisation o
      JOIN (SELECT t.id AS located_id, t.id AS ancestor_id FROM territory t WHERE t.id = ANY(${[...areaById.keys()]}::int[])
            UNION ALL
            SELECT i.descendant_id, i.ancestor_id FROM territory_inclusion i WHERE i.ancestor_id = ANY(${[...areaById.keys()]}::int[])) i
        ON i.located_id = o.location_id
     WHERE TRUE
       AND o.id <> ${organisation.id} AND NOT (o.id = ANY(${[...direct]}::text[]))
       AND ${notKnownOutsideEss()} AND ${listedOrganisation()}
       AND o.sectors::text[] && ${interests}::text[]`;

  const names = new Map(
    (await prisma.organisation.findMany({ where: { id: { in: [...new Set([...viaPartner.values()].flat())] } }, select: { id: true, name: true } }))
      .map((row) => [row.id, row.name]),
  );
  const suggestions = candidates.map((candidate) => {
    const reasons: { kind: string; label: string; weight: number }[] = [];
    const epci = areaById.get(candidate.epci_id)!;
    if (epci.home) reasons.push({ kind: "SAME_EPCI", label: `Même EPCI : ${epci.name}`, weight: WEIGHTS.SAME_EPCI });
    else reasons.push({ kind: "NEIGHBOURING_EPCI", label: `EPCI voisin : ${epci.name}`, weight: WEIGHTS.NEIGHBOURING_EPCI });
    const sharedSectors = candidate.sectors.filter((sector) => organisation.sectors.includes(sector));
    if (sharedSectors.length) {
      reasons.push({ kind: "SHARED_SECTORS", label: `Secteurs communs : ${sectorList(sharedSectors)}`, weight: WEIGHTS.SHARED_SECTOR * Math.min(sharedSectors.length, 2) });
    }
    const sharedThemes = candidate.sectors.filter((sector) => themes.includes(sector) && !sharedSectors.includes(sector));
    if (sharedThemes.length) {
      reasons.push({ kind: "SHARED_THEMES", label: `Thèmes de ses événements : ${sectorList(sharedThemes)}`, weight: WEIGHTS.SHARED_THEME * Math.min(sharedThemes.length, 2) });
    }
    const through = viaPartner.get(candidate.id);
    if (through?.length) {
      const named = through.slice(0, 3).map((id) => names.get(id) ?? id).join(", ");
      reasons.push({ kind: "COMMON_PARTNER", label: `Partenaire de ses partenaires : ${named}`, weight: WEIGHTS.COMMON_PARTNER + 0.5 * Math.min(through.length - 1, 2) });
    }
    if (!candidate.takes_part) reasons.push({ kind: "NEW_TO_EDITION", label: "Ne participe pas encore à cette édition", weight: WEIGHTS.NEW_TO_EDITION });
    reasons.sort((a, b) => b.weight - a.weight);
    return {
      organisationId: candidate.id,
      name: candidate.name,
      score: Math.round(reasons.reduce((sum, reason) => sum + reason.weight, 0) * 10) / 10,
      reasons: reasons.map(({ kind, label }) => ({ kind, label })),
    };
  });
  return suggestions
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "fr"))
    .slice(0, first ?? 10)
    .map(({ name: _name, ...suggestion }) => suggestion);
}

