// What a tie between two organisations is — the one definition read by the
// organisation page (cooperations, partners), the graph analytics, paths,
// suggestions and every download.
//
// Ties come from five sources:
//   STATEMENT     a stated cooperation: its kind (the referential's four, or a stated partnership)
//   COLLECTIVE    a shared collective: the collective's kind, between each pair of its members,
//                 from when both were members and the collective existed
//   EVENT         a confirmed Mois de l'ESS event: CO_ORGANISATION_EVENEMENT, between its co-organisers
//                 (a demonstration event only when asked for)
//   MAISON        a Maison de l'ESS: HEBERGEMENT_MAISON, between each tenant and the Maison's manager
//   SHAREHOLDING  a SCIC: SOCIETARIAT_SCIC, between the company and each sociétaire
//
// Each source is written once and read two ways: every tie once, as a pair
// a < b (the graph of a scope, the downloads); or the ties of given
// organisations, a being the organisation asked about and b its partner
// (pages, paths, suggestions) — there each source is filtered on its own
// indexed column, so the cost follows the organisations asked, not the size
// of the graph.
import { Prisma } from "../generated/prisma/client.ts";
import type { CooperationKind } from "../generated/prisma/enums.ts";
import { confirmedEvent, realEvent } from "../events/event.status.ts";
import { PENDING_ORGANISATION_IDS } from "../actors/organisation.service.ts";

export type TieVia = "STATEMENT" | "COLLECTIVE" | "EVENT" | "MAISON" | "SHAREHOLDING";
export const TIE_VIAS: readonly TieVia[] = ["STATEMENT", "COLLECTIVE", "EVENT", "MAISON", "SHAREHOLDING"];

/** A tie as every reader receives it. */
export interface TieRow {
  /** Pairs: the smaller id. Ties of given organisations: the organisation asked about. */
  a: string;
  /** Pairs: the larger id. Ties of given organisations: its partner. */
  b: string;
  kind: CooperationKind;
  via: TieVia;
  /** The statement, collective, event or Maison id; "company/holder" for a sociétariat. */
  via_id: string;
  via_label: string | null;
  starts_on: Date | null;
  ends_on: Date | null;
  collective_id: string | null;
  statement: string | null;
  /** The document it comes from (a Source id). */
  source: string | null;
  /** STATED, or INFERRED when the statement, a membership or the sociétariat it rests on is inferred. */
  certainty: "STATED" | "INFERRED";
}

/** Which ties: every tie once as a pair, or the ties of given organisations. */
export type TieAnchor = { pairs: true } | { of: readonly string[] };

/** The time window, kinds and sources of ties to keep (a tie without dates overlaps every window). */
export interface TieFilter {
  kinds?: readonly CooperationKind[] | null;
  /** YYYY-MM-DD: ties still running on or after this day. */
  from?: string | null;
  /** YYYY-MM-DD: ties started on or before this day. */
  to?: string | null;
  /** Ties that only share a collective count (true unless said otherwise). */
  includeSharedCollectives?: boolean | null;
  /** Only these sources. */
  vias?: readonly TieVia[];
  /** Ties made by demonstration events count too (never by default). */
  includeDemo?: boolean | null;
}

// An organisation's membership of a collective: its first role when it holds
// several, so that two roles in one collective make one tie, not two.
const MEMBERSHIPS = Prisma.sql`(
  SELECT * FROM collective_membership m
   WHERE NOT EXISTS (SELECT 1 FROM collective_membership d
                      WHERE d.collective_id = m.collective_id AND d.organisation_id = m.organisation_id AND d.role < m.role))`;

// A tenant of a Maison and the organisation that runs it.
const HOSTINGS = Prisma.sql`(
  SELECT t.organisation_id AS tenant_id, g.organisation_id AS manager_id, t.maison_id, t.since_year, t.until_year
    FROM maison_role t JOIN maison_role g ON g.maison_id = t.maison_id AND g.role = 'GESTIONNAIRE' AND g.organisation_id <> t.organisation_id
   WHERE t.role = 'LOCATAIRE')`;

/** The SQL of one source, for an anchor: rows of (a, b, kind, via, via_id, via_label, starts_on, ends_on, collective_id, statement, source, certainty). */
function tiesVia(via: TieVia, anchor: TieAnchor, filter: TieFilter): Prisma.Sql {
  const ids = "of" in anchor ? [...anchor.of] : null;
  switch (via) {
    case "STATEMENT": {
      const columns = Prisma.sql`c.kind::text, 'STATEMENT', c.id, coalesce(col.name, c.statement),
        make_date(c.since_year, 1, 1), make_date(c.until_year, 12, 31), c.collective_id, c.statement, c.source_id, c.certainty::text`;
      return ids
        ? Prisma.sql`SELECT o.id, CASE WHEN c.organisation_a_id = o.id THEN c.organisation_b_id ELSE c.organisation_a_id END, ${columns}
            FROM unnest(${ids}::text[]) AS o(id)
            JOIN cooperation c ON c.organisation_a_id = o.id OR c.organisation_b_id = o.id
            LEFT JOIN collective col ON col.id = c.collective_id
           WHERE c.organisation_a_id <> c.organisation_b_id`
        : Prisma.sql`SELECT least(c.organisation_a_id, c.organisation_b_id), greatest(c.organisation_a_id, c.organisation_b_id), ${columns}
            FROM cooperation c LEFT JOIN collective col ON col.id = c.collective_id
           WHERE c.organisation_a_id <> c.organisation_b_id`;
    }
    case "COLLECTIVE": {
      // greatest() and least() skip unknown years: a tie starts when both were
      // members and the collective existed, as far as the sources say.
      const columns = Prisma.sql`col.kind::text, 'COLLECTIVE', col.id, col.name,
        make_date(greatest(m.since_year, p.since_year, col.start_year), 1, 1), make_date(least(m.until_year, p.until_year), 12, 31),
        col.id, NULL::text, col.source_id,
        CASE WHEN m.certainty = 'INFERRED' OR p.certainty = 'INFERRED' THEN 'INFERRED' ELSE 'STATED' END`;
      return ids
        ? Prisma.sql`SELECT m.organisation_id, p.organisation_id, ${columns}
            FROM ${MEMBERSHIPS} m
            JOIN ${MEMBERSHIPS} p ON p.collective_id = m.collective_id AND p.organisation_id <> m.organisation_id
            JOIN collective col ON col.id = m.collective_id
           WHERE m.organisation_id = ANY(${ids}::text[])`
        : Prisma.sql`SELECT m.organisation_id, p.organisation_id, ${columns}
            FROM ${MEMBERSHIPS} m
            JOIN ${MEMBERSHIPS} p ON p.collective_id = m.collective_id AND p.organisation_id > m.organisation_id
            JOIN collective col ON col.id = m.collective_id`;
    }
    case "EVENT": {
      const held = filter.includeDemo ? confirmedEvent() : Prisma.sql`${confirmedEvent()} AND ${realEvent()}`;
      const columns = Prisma.sql`'CO_ORGANISATION_EVENEMENT', 'EVENT', e.id, e.title,
        (SELECT min(s.starts_at AT TIME ZONE 'Europe/Paris')::date FROM event_session s WHERE s.event_id = e.id),
        (SELECT max(s.ends_at AT TIME ZONE 'Europe/Paris')::date FROM event_session s WHERE s.event_id = e.id),
        NULL::text, NULL::text, NULL::text, 'STATED'`;
      return ids
        ? Prisma.sql`SELECT x.organisation_id, y.organisation_id, ${columns}
            FROM event_co_organiser x
            JOIN event e ON e.id = x.event_id AND ${held}
            JOIN event_co_organiser y ON y.event_id = e.id AND y.organisation_id <> x.organisation_id
           WHERE x.organisation_id = ANY(${ids}::text[])`
        : Prisma.sql`SELECT x.organisation_id, y.organisation_id, ${columns}
            FROM event e
            JOIN event_co_organiser x ON x.event_id = e.id
            JOIN event_co_organiser y ON y.event_id = e.id AND y.organisation_id > x.organisation_id
           WHERE ${held}`;
    }
    case "MAISON": {
      const columns = Prisma.sql`'HEBERGEMENT_MAISON', 'MAISON', mai.id, mai.name,
        make_date(h.since_year, 1, 1), make_date(h.until_year, 12, 31), NULL::text, NULL::text, mai.source_id, 'STATED'`;
      return ids
        ? Prisma.sql`SELECT o.id, CASE WHEN h.tenant_id = o.id THEN h.manager_id ELSE h.tenant_id END, ${columns}
            FROM unnest(${ids}::text[]) AS o(id)
            JOIN ${HOSTINGS} h ON h.tenant_id = o.id OR h.manager_id = o.id
            JOIN maison mai ON mai.id = h.maison_id`
        : Prisma.sql`SELECT least(h.tenant_id, h.manager_id), greatest(h.tenant_id, h.manager_id), ${columns}
            FROM ${HOSTINGS} h JOIN maison mai ON mai.id = h.maison_id`;
    }
    case "SHAREHOLDING": {
      const columns = Prisma.sql`'SOCIETARIAT_SCIC', 'SHAREHOLDING', s.company_id || '/' || s.holder_id, co.name,
        make_date(s.since_year, 1, 1), NULL::date, NULL::text, NULL::text, s.source_id, s.certainty::text`;
      return ids
        ? Prisma.sql`SELECT o.id, CASE WHEN s.company_id = o.id THEN s.holder_id ELSE s.company_id END, ${columns}
            FROM unnest(${ids}::text[]) AS o(id)
            JOIN shareholding s ON s.company_id = o.id OR s.holder_id = o.id
            JOIN organisation co ON co.id = s.company_id
           WHERE s.company_id <> s.holder_id AND s.holder_id IS NOT NULL`
        : Prisma.sql`SELECT least(s.company_id, s.holder_id), greatest(s.company_id, s.holder_id), ${columns}
            FROM shareholding s JOIN organisation co ON co.id = s.company_id
           -- A holder described but not named (« 4 Clubs Cigale ») is no node of the graph.
           WHERE s.company_id <> s.holder_id AND s.holder_id IS NOT NULL`;
    }
  }
}

/** The conditions of a filter on a tie aliased `t`. */
function filterConditions(filter: TieFilter): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.kinds?.length) conditions.push(Prisma.sql`t.kind = ANY(${[...filter.kinds]}::text[])`);
  if (filter.from) conditions.push(Prisma.sql`(t.ends_on IS NULL OR t.ends_on >= ${filter.from}::date)`);
  if (filter.to) conditions.push(Prisma.sql`(t.starts_on IS NULL OR t.starts_on <= ${filter.to}::date)`);
  return conditions;
}

/**
 * The ties of an anchor that pass a filter, as a subquery of TieRow columns.
 * Sources left out by the filter are not queried at all.
 */
export function tiesSql(anchor: TieAnchor, filter: TieFilter = {}): Prisma.Sql {
  const vias = (filter.vias ?? TIE_VIAS).filter((via) => via !== "COLLECTIVE" || filter.includeSharedCollectives !== false);
  const union = vias.length
    ? Prisma.join(vias.map((via) => tiesVia(via, anchor, filter)), " UNION ALL ")
    : Prisma.sql`SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL::date, NULL::date, NULL, NULL, NULL, NULL WHERE FALSE`;
  // A structure awaiting validation is no end of a tie: its confirmed event
  // with a partner would otherwise draw it in the graph and on pages.
  const conditions = [
    Prisma.sql`t.a NOT IN (${PENDING_ORGANISATION_IDS}) AND t.b NOT IN (${PENDING_ORGANISATION_IDS})`,
    ...filterConditions(filter),
  ];
  return Prisma.sql`
    SELECT * FROM (${union}) AS t(a, b, kind, via, via_id, via_label, starts_on, ends_on, collective_id, statement, source, certainty)
     WHERE ${Prisma.join(conditions, " AND ")}`;
}
