// The COTESS of the bassin minier of the Pas-de-Calais (agglomérations of
// Lens-Liévin and Hénin-Carvin), formerly the CLESS.
import { SOURCES } from "../../core/demo.ts";
import type { CotessSeed } from "./seed.types.ts";

const CALL = { kind: "EPCI", code: "246200364" } as const;
const CAHC = { kind: "EPCI", code: "246200299" } as const;

/**
 * Mois de l'ESS. Document 000 (written before the opening of Le Toit Commun in
 * early 2022) says "chaque année (sauf en 2020)" and dates the exchanges back
 * "une quinzaine d'années" ; document 002 (early 2023) says the CLESS was formed
 * "à la fin des années 2000" and contributes "chaque année en novembre". No
 * year is named except 2020: the series starts in 2010 by convention.
 */
function participation(year: number): { year: number; tookPart: boolean; note: string } {
  if (year === 2020) {
    return { year, tookPart: false, note: "Seule année sans initiative autour du mois de l'ESS, selon les documents (« sauf en 2020 »)." };
  }
  if (year <= 2021) {
    return {
      year,
      tookPart: true,
      note: "Déduit de « chaque année (sauf en 2020), elle a notamment été porteuse d'initiatives autour du mois de l'ESS » ; année non citée, début de série (2010) conventionnel.",
    };
  }
  if (year === 2022) {
    return {
      year,
      tookPart: true,
      note: "Déduit de l'article de début 2023 (le CLESS devenu COTESS contribue « chaque année en novembre » au mois de l'ESS) ; année non citée.",
    };
  }
  return { year, tookPart: true, note: "Extrapolé : année postérieure aux documents, qui ne disent rien d'elle." };
}

export const cotessList: CotessSeed[] = [
  {
    id: "cotess-bassin-minier",
    name: "COTESS du bassin minier (Lens-Liévin et Hénin-Carvin)",
    formerNames: ["CLESS (Conseil Local de l'Économie Sociale et Solidaire)"],
    description:
      "COTESS (comité territorial de l'ESS selon le document sur Le Toit Commun, Conseil Territorial de l'ESS selon l'article sur l'ancrage territorial) des acteurs de l'ESS des agglomérations de Lens-Liévin et Hénin-Carvin, avec deux co-animateurs par agglomération. Il organise régulièrement des réunions entre organisations de l'ESS, rencontre les pouvoirs publics (essentiellement les deux agglomérations) et contribue chaque année en novembre au mois de l'ESS : forums de l'ESS, visites de structures ESS, conférences-débat thématiques, etc.",
    history:
      "Depuis une quinzaine d'années, les acteurs de l'ESS des agglomérations de Lens-Liévin et Hénin-Carvin ont pris l'habitude d'échanger régulièrement et de bâtir des projets en commun. À la fin des années 2000, ces organisations constituent un réseau informel, le CLESS (Conseil Local de l'Économie Sociale et Solidaire), avec un double objectif : se connaître, entre associations et coopératives ESS, et exister collectivement vis-à-vis des institutions locales. Pour des raisons liées à l'accompagnement de la CRESS, le CLESS devient le COTESS, sans que cela change ses activités. Cette coopération a été plus ou moins active au cours des années ; chaque année (sauf en 2020), elle a notamment été porteuse d'initiatives autour du mois de l'ESS. Au début des années 2010, les échanges conduisent à l'idée d'une maison de l'ESS, vitrine des activités locales et lieu ressources ; les discussions avec les deux communautés d'agglomération et les sollicitations de locaux échouent. En 2017 (janvier 2018 selon l'autre document), des personnes investies dans les organisations du COTESS fondent l'Association pour le développement de l'ESS dans le bassin minier, qui mène le projet jusqu'au Toit Commun, ouvert à Lens en 2022.",
    territories: [CALL, CAHC],
    coAnimators: [
      { id: "cotess-bassin-minier-call-1", agglomeration: CALL },
      { id: "cotess-bassin-minier-call-2", agglomeration: CALL },
      { id: "cotess-bassin-minier-cahc-1", agglomeration: CAHC },
      { id: "cotess-bassin-minier-cahc-2", agglomeration: CAHC },
    ],
    // The documents name no member organisation of the COTESS.
    members: [],
    participations: Array.from({ length: 2025 - 2010 + 1 }, (_, index) => participation(2010 + index)),
    source: SOURCES.TOIT_COMMUN,
  },
];
