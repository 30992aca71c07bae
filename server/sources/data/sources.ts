// The five documents the demo data comes from, described as they describe
// themselves. Four carry no date: the clues in their text are given.
import { SOURCES } from "../../core/demo.ts";
import type { SourceSeed } from "./seed.types.ts";

export const sources: SourceSeed[] = [
  {
    id: SOURCES.TOIT_COMMUN,
    title: "Le Toit Commun, Maison de l'économie sociale et solidaire (présentation du projet)",
    dateLabel: "non daté, vers fin 2021 – début 2022",
    year: 2021,
    kind: "PROJECT_PRESENTATION",
    description:
      "Présentation sans titre ni signature, écrite à la première personne du pluriel par les porteurs du projet de la Maison de l'ESS de Lens : le COTESS du bassin minier, l'association fondatrice, la charte, la SCI et la SCIC, les espaces et les premières structures accueillies. Non datée : « Le local a été acquis en juillet 2020 » et l'ouverture « dans une première phase du local a lieu au début 2022 » la situent juste avant ou à l'ouverture.",
  },
  {
    id: SOURCES.MEL_ROUBAIX,
    title: "La MEL « synergise » l'ESS ; Roubaix veut ESSAIMER ! (et autres articles)",
    author: "Patricia Hanssens",
    dateLabel: "non daté, vers 2015",
    year: 2015,
    kind: "PRESS_ARTICLE",
    description:
      "Articles de presse sur l'ESS de la Métropole européenne de Lille et de Roubaix : le deuxième plan ESS de la MEL, le plan de Roubaix, le coworking, Le Court-circuit, Kaléide. Éditeur non indiqué. Non daté : la MEL « a lancé cet automne son deuxième plan », sous le nom de Métropole européenne de Lille (en vigueur depuis 2015).",
  },
  {
    id: SOURCES.ANCRAGE_BASSIN_MINIER,
    title: "L'ancrage territorial de l'économie sociale et solidaire dans le bassin minier du Pas-de-Calais. Enjeux de patrimonialisation, de résistance et de renouvellement",
    author: "Amélie Lefebvre-Chombart, Joackim Lebrun, Lucien Petit, Olivier Petit",
    dateLabel: "non daté, écrit début 2023",
    year: 2023,
    kind: "ACADEMIC_ARTICLE",
    description:
      "Article de recherche (chairESS de l'Université polytechnique des Hauts-de-France, APES, Le Toit Commun, Université d'Artois) sur l'ESS du bassin minier, le COTESS et Le Toit Commun. Revue non indiquée. Écrit « en ce début 2023 ».",
  },
  {
    id: SOURCES.PORTE_DU_HAINAUT,
    title: "Economie sociale et solidaire dans les territoires : « beaucoup de services sont fournis par l'ESS aux populations »",
    author: "Célia Szymczak",
    publisher: "Carenews",
    dateLabel: "15 avril 2024",
    year: 2024,
    kind: "PRESS_ARTICLE",
    description: "Article sur le projet de territoire de la communauté d'agglomération de la Porte du Hainaut, qui fait de l'ESS un point central.",
  },
  {
    id: SOURCES.REFERENTIEL_COOPERATION_62,
    title: "La Coopération dans le Pas-de-Calais, la richesse des pratiques (référentiel de la coopération des acteurs du département)",
    publisher: "Département du Pas-de-Calais (CDESS)",
    author: "Line Pruvost (rédaction)",
    dateLabel: "non daté, vers 2015",
    year: 2015,
    kind: "REFERENTIAL",
    description:
      "Référentiel de l'atelier « harmonisation et simplification administrative » du CDESS : les formes de coopération (mutualisation, partenariat de projets, collectif d'acteurs, regroupement multi-acteurs, structure d'appui), chacune illustrée de fiches. Non daté : il cite la loi du 31 juillet 2014 et une proposition « validée lors du CDESS du 18 février 2014 », et nomme encore la Région Nord Pas-de-Calais.",
  },
];
