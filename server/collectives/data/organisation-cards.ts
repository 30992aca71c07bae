// Cards of the Pas-de-Calais cooperation referential that describe an
// organisation rather than a collective: the structures d'appui, initiateurs
// de coopération.
import { SOURCES } from "../../core/demo.ts";
import type { OrganisationCardSeed } from "./seed.types.ts";

export const organisationCards: OrganisationCardSeed[] = [
  {
    organisation: "galilee",
    card: {
      sectorLabel: "Appui aux acteurs du développement du territoire",
      coverageLabel: "Communauté d'agglomération de Saint-Omer",
      coverage: [{ kind: "EPCI", code: "200069037" }],
      origin:
        "Accompagnement des porteurs de projets en économie sociale et solidaire sur l'Audomarois par la mise en œuvre d'une étude économique classique et un travail sur l'utilité sociale et la place du projet dans son environnement, la réunion des collaborateurs nécessaires et le montage financier (hybridation des ressources). Soutien des collectivités locales dans l'élaboration de leurs stratégies de territoire. Lien entre les porteurs de projets qui repèrent les besoins sociaux et la collectivité qui demande des diagnostics territoriaux nécessaires à la construction de sa politique d'actions. La collectivité a un rôle clé à jouer en impulsant les actions de l'économie sociale et solidaire et en facilitant la réalisation des projets. En qualité de structure d'accompagnement, GALILÉE se situe à la fois à l'émergence de dynamiques collectives et comme membre de celles-ci.",
      governance:
        "Animateur de collectifs composés d'acteurs de la société civile constitués à l'initiative ou non de la collectivité. Faire se rencontrer les opérateurs de la société civile : associations, responsables de CCAS, habitants... A raison de 2 à 3 rencontres par an.",
      stakes:
        "Mettre en lien, favoriser les échanges et aboutir à l'émergence de projets collectifs. Faciliter la prise de parole, l'émergence de questionnement sur la prise de décision collective.",
      workingTogether: "Prendre le temps. Avoir envie. Se mettre en mouvement, en dynamique.",
      contact: "Tél : 03 21 88 17 66 – galilee.arques@wanadoo.fr – www.galilee-asso.fr",
    },
    source: SOURCES.REFERENTIEL_COOPERATION_62,
  },
];
