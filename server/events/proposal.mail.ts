// The e-mails of a public proposal, in French: the link confirming the
// proposer's address, and the notice to the edition's animators that a
// confirmed proposal awaits their decision.
import type { MailMessage } from "../core/mail.ts";
import { composeMail } from "../core/mail-layout.ts";

// A title is one line in a subject, whatever was typed.
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

const frenchDateTime = (at: Date) =>
  at.toLocaleString("fr-FR", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });

export function proposalConfirmationMail(to: string, facts: { title: string; edition: string; link: string; expiresAt: Date }): MailMessage {
  return {
    to,
    kind: "proposal-confirmation",
    ...composeMail({
      subject: `Confirmez votre proposition « ${oneLine(facts.title)} »`,
      greeting: "Bonjour,",
      paragraphs: [
        `Vous proposez « ${facts.title} » pour l'édition « ${facts.edition} » du Mois de l'ESS.`,
        `Confirmez votre adresse pour la transmettre aux animateurs de l'édition : tant qu'elle n'est pas confirmée, personne ne la voit. Ce lien ne sert qu'une fois et expire le ${frenchDateTime(facts.expiresAt)}.`,
        "Si vous n'attendiez pas ce message, ignorez-le : rien ne sera transmis.",
      ],
      action: { label: "Confirmer ma proposition", url: facts.link },
    }),
  };
}

export function proposalAwaitingMail(to: string, facts: { title: string; edition: string; proposer: string; organisation: string; pending: boolean; link: string }): MailMessage {
  return {
    to,
    kind: "proposal-awaiting",
    ...composeMail({
      subject: `Une proposition attend votre décision : « ${oneLine(facts.title)} »`,
      greeting: "Bonjour,",
      paragraphs: [
        `${facts.proposer} propose « ${facts.title} » pour l'édition « ${facts.edition} », organisé par ${facts.organisation}. Son adresse e-mail est confirmée.`,
        ...(facts.pending ? [`${facts.organisation} n'était pas encore dans Maillage : elle a été créée en attente de validation et n'apparaît pas publiquement.`] : []),
        "La proposition attend votre décision dans « À modérer ».",
      ],
      action: { label: "Voir les propositions à modérer", url: facts.link },
      footer: "Vous recevez ce message parce que vous animez le réseau de cette édition du Mois de l'ESS.",
    }),
  };
}
