// The e-mails of accounts, in French: an invitation, a password link, the
// notice that a password changed. Each names who sent it and why, and says
// what to do if it was not expected.
import { type MailMessage } from "../core/mail.ts";
import { composeMail } from "../core/mail-layout.ts";
import { ROLE_KIND_LABEL } from "../core/labels.ts";
import type { RoleKind } from "../generated/prisma/enums.ts";

const IGNORE = "Si vous n'attendiez pas ce message, ignorez-le : rien ne sera fait sans vous.";

export function invitationMail(to: string, facts: { inviter: string; role: RoleKind; scope: string | null; link: string; expiresAt: Date }): MailMessage {
  const what = facts.scope ? `${ROLE_KIND_LABEL[facts.role]} — ${facts.scope}` : ROLE_KIND_LABEL[facts.role];
  return {
    to,
    kind: "invitation",
    ...composeMail({
      subject: "Invitation à rejoindre Maillage",
      greeting: "Bonjour,",
      paragraphs: [
        `${facts.inviter} vous invite sur Maillage, la plateforme de coopération de l'économie sociale et solidaire, avec le rôle : ${what}.`,
        `Choisissez votre mot de passe pour accepter. Ce lien ne sert qu'une fois et expire le ${frenchDate(facts.expiresAt)}.`,
        IGNORE,
      ],
      action: { label: "Accepter l'invitation", url: facts.link },
    }),
  };
}

export function passwordLinkMail(to: string, facts: { link: string; expiresAt: Date; first: boolean }): MailMessage {
  return {
    to,
    kind: "password-link",
    ...composeMail({
      subject: facts.first ? "Choisissez votre mot de passe Maillage" : "Réinitialisation de votre mot de passe Maillage",
      greeting: "Bonjour,",
      paragraphs: [
        facts.first
          ? "Un compte Maillage a été créé pour vous. Choisissez votre mot de passe pour l'ouvrir."
          : "Vous avez demandé à changer le mot de passe de votre compte Maillage.",
        `Ce lien ne sert qu'une fois et expire le ${frenchDate(facts.expiresAt)}.`,
        IGNORE,
      ],
      action: { label: "Choisir mon mot de passe", url: facts.link },
    }),
  };
}

export function passwordChangedMail(to: string, facts: { at: Date; accountUrl: string }): MailMessage {
  return {
    to,
    kind: "password-changed",
    ...composeMail({
      subject: "Votre mot de passe Maillage a changé",
      greeting: "Bonjour,",
      paragraphs: [
        `Le mot de passe de votre compte Maillage a été changé le ${frenchDate(facts.at)}. Vos autres sessions ont été fermées.`,
        "Si ce n'était pas vous, demandez tout de suite un nouveau mot de passe depuis la page de connexion (« Mot de passe oublié ») et prévenez l'administration de votre réseau.",
      ],
      action: { label: "Mon compte", url: facts.accountUrl },
    }),
  };
}

const frenchDate = (date: Date) =>
  new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(date);
