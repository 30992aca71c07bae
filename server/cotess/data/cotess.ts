// The COTESS of the bassin minier of the Pas-de-Calais (agglomérations of
// Lens-Liévin and Hénin-Carvin), formerly the CLESS.
import { SOURCES } from "../../core/demo.ts";
import type { CotessSeed } from "./seed.types.ts";

const CALL = { kind: "EPCI", code: "246200364" } as const;
const CAHC = { kind: "EPCI", code: "246200299" } as const;

/**
 * Mois de l'ESS. Document 000 (written around the opening of Le Toit Commun,
 * late 2021 – early 2022) says "Chaque année (sauf en 2020), elle a notamment
 * été porteuse d'initiatives autour du mois de l'ESS", of a cooperation begun
 * "depuis une quinzaine d'années"; document 002 (early 2023) says the CLESS was
 * formed "à la fin des années 2000" and "chaque année en novembre, contribue
 * au mois de l'ESS". No year is named except 2020. The series starts in 2010,
 * the first year both documents surely cover (the CLESS existed by then), and
 * ends in 2022, the last year before document 002: no later year is known.
 */
type Participation = CotessSeed["participations"][number];
const FIRST_YEAR = 2010;
const LAST_YEAR = 2022;

function participation(year: number): Participation {
  if (year === 2020) {
    return {
      year,
      tookPart: false,
      note: "Seule année sans initiative autour du mois de l'ESS.",
      certainty: "STATED",
      basis: "« Chaque année (sauf en 2020), elle a notamment été porteuse d'initiatives autour du mois de l'ESS. »",
      source: SOURCES.TOIT_COMMUN,
    };
  }
  if (year <= 2019) {
    return {
      year,
      tookPart: true,
      note: "Année non citée par les documents.",
      certainty: "INFERRED",
      basis:
        "« Chaque année (sauf en 2020), elle a notamment été porteuse d'initiatives autour du mois de l'ESS » ; le CLESS, constitué « à la fin des années 2000 », contribue « chaque année en novembre » au mois de l'ESS (article de début 2023). 2010 est la première année sûrement couverte ; 2008 ou 2009 ne sont pas exclues.",
      source: SOURCES.TOIT_COMMUN,
    };
  }
  return {
    year,
    tookPart: true,
    note: "Année non citée par les documents.",
    certainty: "INFERRED",
    basis:
      "L'article de début 2023 dit au présent que le CLESS devenu COTESS, « chaque année en novembre, contribue au mois de l'ESS » ; la présentation du projet du Toit Commun, écrite vers fin 2021 – début 2022, ne couvre pas sûrement cette année.",
    source: SOURCES.ANCRAGE_BASSIN_MINIER,
  };
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
    participations: Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => participation(FIRST_YEAR + index)),
    source: SOURCES.TOIT_COMMUN,
  },
];
