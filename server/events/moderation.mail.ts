// The e-mail telling an event's organisers what the animators decided on
// their proposal, in French, with the animator's message and the event's link.
import type { MailMessage } from "../core/mail.ts";
import { composeMail } from "../core/mail-layout.ts";
import type { ModerationDecision } from "../generated/prisma/enums.ts";

export interface ModerationFacts {
  decision: ModerationDecision;
  /** The event's title. */
  title: string;
  /** The edition's title. */
  edition: string;
  /** Who decided, by name. */
  moderator: string;
  message: string | null;
  /** The event's page. */
  link: string;
}

// A title is one line in a subject, whatever was typed.
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

const WORDING: Record<ModerationDecision, (facts: ModerationFacts) => { subject: string; lead: string; messageLabel: string }> = {
  APPROVED: (facts) => ({
    subject: `Votre événement « ${oneLine(facts.title)} » est publié`,
    lead: `${facts.moderator} a publié « ${facts.title} » dans le programme de l'édition « ${facts.edition} ». Il paraît désormais dans le programme public et les calendriers abonnés.`,
    messageLabel: "Son message :",
  }),
  CHANGES_REQUESTED: (facts) => ({
    subject: `Des modifications sont demandées pour « ${oneLine(facts.title)} »`,
    lead: `${facts.moderator} demande des modifications avant de publier « ${facts.title} » dans l'édition « ${facts.edition} ». L'événement redevient un brouillon : modifiez-le, puis proposez-le à nouveau.`,
    messageLabel: "Les modifications demandées :",
  }),
  REJECTED: (facts) => ({
    subject: `Votre événement « ${oneLine(facts.title)} » n'est pas retenu`,
    lead: `${facts.moderator} a refusé « ${facts.title} » pour l'édition « ${facts.edition} » : l'événement est annulé et ne sera pas publié.`,
    messageLabel: "La raison :",
  }),
};

export function moderationMail(to: string, facts: ModerationFacts): MailMessage {
  const { subject, lead, messageLabel } = WORDING[facts.decision](facts);
  return {
    to,
    kind: "event-moderation",
    ...composeMail({
      subject,
      greeting: "Bonjour,",
      paragraphs: [lead, ...(facts.message ? [`${messageLabel}\n${facts.message}`] : [])],
      action: { label: "Voir l'événement", url: facts.link },
      footer: "Vous recevez ce message parce que vous avez proposé cet événement sur Maillage ou que vous éditez l'une de ses organisations co-organisatrices.",
    }),
  };
}
