// The five documents the demo data comes from, described as they describe
// themselves: a title in brackets is a description, the document having none.
// Four carry no date: the clues in their text are given.
import { SOURCES } from "../../core/demo.ts";
import type { SourceSeed } from "./seed.types.ts";

export const sources: SourceSeed[] = [
  {
    id: SOURCES.TOIT_COMMUN,
    title: "[Sans titre] Présentation du projet du Toit Commun, Maison de l'économie sociale et solidaire à Lens",
    dateLabel: "non daté, vers fin 2021 – début 2022",
    year: 2021,
    kind: "PROJECT_PRESENTATION",
    description:
      "Texte sans titre ni signature, écrit à la première personne du pluriel par les porteurs du projet (« il nous parait important », « Nous voulons faire reconnaitre ») ; éditeur non indiqué. C'est un extrait d'un texte plus long (« Dans le contexte d'assistanat décrit auparavant »). Il présente le COTESS des agglomérations de Lens-Liévin et Hénin-Carvin, l'association fondatrice, la charte, la SCI et la SCIC, les cinq idées fortes, les espaces et les premières structures accueillies. Non daté : « Le local a été acquis en juillet 2020 », l'ouverture « dans une première phase du local a lieu au début 2022 », et il parle au futur du restaurant (« Au moins au début, le restaurant sera accessible sur réservation ») et des structures hébergées : écrit juste avant ou à l'ouverture.",
  },
  {
    id: SOURCES.MEL_ROUBAIX,
    title:
      "« La MEL \"synergise\" l'ESS. » ; « Roubaix veut ESSAIMER ! » ; « Le coworking : nouveaux espaces, nouveaux modes de travail » ; « Le Court-circuit, nouveau drive équitable » ; « Kaléide ou la SCIC qui pousse ! »",
    author: "Patricia Hanssens",
    dateLabel: "non daté, vers 2015 (pas avant 2015)",
    year: 2015,
    kind: "PRESS_ARTICLE",
    description:
      "Cinq courts articles de presse sur l'ESS de la métropole lilloise : le deuxième plan ESS de la Métropole Européenne de Lille, le plan ESSAIMER de Roubaix, le coworking (Mutualab, Catalyst), Le Court-circuit, Kaléide ; l'extrait s'arrête sur le titre d'un article suivant (« On joue collectif autour de la petite enfance et de la jeunesse ! »). « par Patricia Hanssens » est imprimé une fois, en tête : il n'est pas dit qu'il vaut pour chaque article. Éditeur non indiqué. Non daté : la MEL « a lancé cet automne son deuxième plan », après les Assises de l'ESS « qui se déroulaient en octobre dernier » ; Kaléide est devenue SCIC « En 2013 » ; le nom Métropole Européenne de Lille (en vigueur depuis le 1er janvier 2015, ce que le document ne dit pas) voisine avec « la communauté urbaine ».",
  },
  {
    id: SOURCES.ANCRAGE_BASSIN_MINIER,
    title: "L'ancrage territorial de l'économie sociale et solidaire dans le bassin minier du Pas-de-Calais. Enjeux de patrimonialisation, de résistance et de renouvellement",
    author: "Amélie Lefebvre-Chombart, Joackim Lebrun, Lucien Petit, Olivier Petit",
    dateLabel: "non daté, écrit début 2023",
    year: 2023,
    kind: "ACADEMIC_ARTICLE",
    description:
      "Article de recherche collectif (« Note méthodologique pour un article collectif »), avec bibliographie, sur l'ESS du bassin minier, le CLESS devenu COTESS, la politique ESS du Département et Le Toit Commun. Ses auteurs : la « Coordinatrice de la chairESS à l'Université polytechnique des Hauts-de-France », le « Directeur du réseau régional Acteurs pour une économie sociale et solidaire » (APES), le « Président du conseil de surveillance de « Le toit commun » » et un « Maître de conférences en économie à l'université d'Artois ». Revue et date de publication non indiquées. Écrit « en ce début 2023 » : Le Toit Commun « vient à peine d'être inauguré » (« ouverture en mai 2022 ») et la bibliographie va jusqu'à 2022.",
  },
  {
    id: SOURCES.PORTE_DU_HAINAUT,
    title: "Economie sociale et solidaire dans les territoires : « beaucoup de services sont fournis par l'ESS aux populations »",
    author: "Célia Szymczak",
    publisher: "Carenews (Carenews PRO)",
    dateLabel: "15 avril 2024 (publié à 10:41, mis à jour à 16:51)",
    year: 2024,
    kind: "PRESS_ARTICLE",
    description:
      "Article en ligne sur le projet de territoire de la communauté d'agglomération de la Porte du Hainaut, qui fait de l'ESS un point central, avec les avis de Timothée Duverger (chaire Territoires de l'ESS, Sciences Po Bordeaux) et d'Anne-Laure Federici (RTES). « Publié le 15 avril 2024 - 10:41 - Mise à jour le 15 avril 2024 - 16:51 - Ecrit par : Célia Szymczak ». Photo : « Crédits : Florence Delferiere / CAPH ».",
  },
  {
    id: SOURCES.REFERENTIEL_COOPERATION_62,
    title: "La Coopération dans le Pas-de-Calais, la richesse des pratiques (référentiel de la coopération des acteurs du département du Pas-de-Calais)",
    author: "Line Pruvost (rédaction, CG62), pour l'atelier « harmonisation et simplification administrative » du CDESS",
    publisher: "Département du Pas-de-Calais",
    dateLabel: "non daté, vers 2015",
    year: 2015,
    kind: "REFERENTIAL",
    description:
      "Livret (« ess 62 », « Pas-de-Calais Le Département ») de l'atelier « harmonisation et simplification administrative » du Conseil départemental de l'ESS (CDESS), avec un édito du Président du Département (non nommé) : les formes de coopération (mutualisation, partenariat de projets, collectif d'acteurs ESS, regroupement d'acteurs, structure d'appui), chacune illustrée de fiches, et le rôle des collectivités. Crédits : « Rédaction : CG62 - Line Pruvost », « Illustration couverture : Aymeric Ghoris », « Photographies : CG62 – Yannick Cadart », « Conception et impression : CG62 – Imprimerie départementale ». Non daté : la proposition du guide a été « validée lors du CDESS du 18 février 2014 » ; il cite la loi n° 2014-856 du 31 juillet 2014, une publication ETD de juin 2014 et le rapport d'activités 2013 de Pas-de-Calais Actif ; une fiche annonce « En 2015, une association unique » ; il nomme encore la Région Nord Pas-de-Calais et des intercommunalités fusionnées depuis (CASO, Artois Comm, CC Artois-Lys).",
  },
];
