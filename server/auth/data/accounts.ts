// Demo accounts, one per role, listed in the README for trying the platform.
// They share one password; never for production use.
import type { AccountSeed } from "./seed.types.ts";

export const DEMO_PASSWORD = "maillage-demo";

export const demoAccounts: AccountSeed[] = [
  {
    email: "admin@maillage.demo",
    displayName: "Administration de la plateforme (démo)",
    roles: [{ role: "PLATFORM_ADMIN" }],
  },
  {
    email: "animation.cotess@maillage.demo",
    displayName: "Animation du COTESS du bassin minier (démo)",
    roles: [{ role: "NETWORK_ANIMATOR", cotess: "cotess-bassin-minier" }],
  },
  {
    email: "animation.toitcommun@maillage.demo",
    displayName: "Animation de la Maison de l'ESS Le Toit Commun (démo)",
    roles: [{ role: "NETWORK_ANIMATOR", maison: "le-toit-commun" }],
  },
  {
    email: "cress@maillage.demo",
    displayName: "Équipe de la CRESS Nord Pas-de-Calais (démo)",
    roles: [{ role: "NETWORK_ANIMATOR", organisation: "cress" }],
  },
  {
    // Émergences 62 co-organises two overlapping 2026 events (a clash to see).
    email: "editeur.emergences62@maillage.demo",
    displayName: "Édition de la fiche d'Émergences 62 (démo)",
    roles: [{ role: "ORGANISATION_EDITOR", organisation: "emergences-62" }],
  },
  {
    email: "agent.call@maillage.demo",
    displayName: "Agent de la Communauté d'agglomération de Lens-Liévin (démo)",
    roles: [{ role: "COLLECTIVITE_AGENT", territory: { kind: "EPCI", code: "246200364" } }],
  },
];
