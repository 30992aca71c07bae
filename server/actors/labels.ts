// French labels of the enums, for files and pages read by people.
import type { EssFamily, LegalForm, Sector } from "../generated/prisma/enums.ts";

export const LEGAL_FORM_LABEL: Record<LegalForm, string> = {
  ASSOCIATION: "Association loi 1901",
  SCOP: "SCOP",
  SCIC: "SCIC",
  COOPERATIVE: "Coopérative",
  MUTUELLE: "Mutuelle",
  FONDATION: "Fondation",
  ENTREPRISE_ESUS: "Entreprise commerciale de l'ESS (ESUS)",
  GROUPEMENT_EMPLOYEURS: "Groupement d'employeurs",
  GIE: "GIE",
  SCI: "SCI",
  COLLECTIVITE: "Collectivité",
  ETABLISSEMENT_PUBLIC: "Établissement public",
  ENTREPRISE_CLASSIQUE: "Entreprise classique",
  AUTRE: "Autre",
};

export const FAMILY_LABEL: Record<EssFamily, string> = {
  ASSOCIATION: "Association",
  COOPERATIVE: "Coopérative",
  MUTUELLE: "Mutuelle",
  FONDATION: "Fondation",
  ENTREPRISE_COMMERCIALE_ESS: "Entreprise commerciale de l'ESS",
  HORS_ESS: "Hors ESS",
};

export const SECTOR_LABEL: Record<Sector, string> = {
  ACTION_SOCIALE: "Action sociale",
  SERVICES_A_LA_PERSONNE: "Services à la personne",
  SANTE: "Santé",
  PETITE_ENFANCE_JEUNESSE: "Petite enfance et jeunesse",
  EDUCATION_FORMATION: "Éducation et formation",
  INSERTION_EMPLOI: "Insertion et emploi",
  CULTURE: "Culture",
  SPORT_LOISIRS: "Sport et loisirs",
  ENVIRONNEMENT_REEMPLOI: "Environnement et réemploi",
  ENERGIE_HABITAT: "Énergie et habitat",
  ALIMENTATION_AGRICULTURE: "Alimentation et agriculture",
  COMMERCE_PROXIMITE: "Commerce de proximité",
  RESTAURATION: "Restauration",
  FINANCE_SOLIDAIRE: "Finance solidaire",
  ACCOMPAGNEMENT_CONSEIL: "Accompagnement et conseil",
  RESEAU_REPRESENTATION: "Réseaux et représentation",
  RECHERCHE: "Recherche",
  NUMERIQUE: "Numérique",
  MOBILITE: "Mobilité",
  IMMOBILIER_LIEUX: "Immobilier et tiers-lieux",
  ACTION_PUBLIQUE: "Action publique",
  AUTRE: "Autre",
};
