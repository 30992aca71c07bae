// The daily digest of new proposals, in French: per edition the animator
// animates, the events that entered its moderation queue since the previous
// digest, and the link to its « À modérer » page.
import type { MailMessage } from "../core/mail.ts";
import { composeMail, type MailParagraph } from "../core/mail-layout.ts";
import { PARIS } from "./paris-time.ts";

export interface DigestProposal {
  title: string;
  /** The lead organisation's name. */
  lead: string;
  /** Created from a public proposal, not yet validated by an animator. */
  leadPending: boolean;
  /** Its first session. */
  startsAt: Date;
  commune: string;
}

export interface DigestEdition {
  title: string;
  /** The edition's « À modérer » page. */
  link: string;
  proposals: DigestProposal[];
}

/** « jeudi 12 novembre 2026 à 18 h 00 », Paris time. */
export function frenchMoment(instant: Date): string {
  const day = instant.toLocaleDateString("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: PARIS });
  const [hours, minutes] = instant.toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: PARIS }).split(":");
  return `${day} à ${hours} h ${minutes}`;
}

const proposalLine = (proposal: DigestProposal) =>
  `• « ${proposal.title} » — ${proposal.lead}${proposal.leadPending ? " (structure en attente de validation)" : ""} — ${frenchMoment(proposal.startsAt)} — ${proposal.commune}`;

export function proposalDigestMail(to: string, facts: { name: string; editions: DigestEdition[]; unsubscribeUrl: string }): MailMessage {
  const count = facts.editions.reduce((total, edition) => total + edition.proposals.length, 0);
  const paragraphs: MailParagraph[] = [
    count === 1
      ? "Depuis votre dernier résumé, un événement est entré dans la file « À modérer » :"
      : `Depuis votre dernier résumé, ${count} événements sont entrés dans la file « À modérer » :`,
    ...facts.editions.map((edition) => ({
      text: [`Édition « ${edition.title} »`, ...edition.proposals.map(proposalLine)].join("\n"),
      link: { label: "À modérer", url: edition.link },
    })),
  ];
  return {
    to,
    kind: "proposal-digest",
    ...composeMail({
      subject: count === 1 ? "1 nouvelle proposition à modérer" : `${count} nouvelles propositions à modérer`,
      greeting: `Bonjour ${facts.name},`,
      paragraphs,
      unsubscribeUrl: facts.unsubscribeUrl,
      footer: "Vous recevez ce résumé, au plus un par jour, parce que vous animez le Mois de l'ESS d'un réseau sur Maillage.",
    }),
  };
}
