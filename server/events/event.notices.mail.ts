// The notice telling a co-organiser's editor what others changed in an event
// (and the new clashes others' changes made with it), in French.
import type { MailMessage } from "../core/mail.ts";
import { composeMail, type MailParagraph } from "../core/mail-layout.ts";

export type NoticeItem =
  | { kind: "CHANGE"; author: string; lines: string[] }
  | { kind: "CLASH"; author: string; /** The other event is new, not moved. */ created: boolean; otherTitle: string; otherLink: string; reasons: string[] };

// A title is one line in a subject, whatever was typed.
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

function paragraphOf(item: NoticeItem, title: string): MailParagraph {
  if (item.kind === "CHANGE") return [`${item.author} a modifié « ${title} » :`, ...item.lines.map((line) => `• ${line}`)].join("\n");
  return {
    text: `Nouveau conflit : « ${item.otherTitle} », ${item.created ? "ajouté" : "modifié"} par ${item.author}, a désormais lieu en même temps que « ${title} » (${item.reasons.join(", ")}).`,
    link: { label: `Voir « ${oneLine(item.otherTitle)} »`, url: item.otherLink },
  };
}

export function eventNoticeMail(
  to: string,
  facts: { name: string; title: string; link: string; items: NoticeItem[]; unsubscribeUrl: string },
): MailMessage {
  const changed = facts.items.some((item) => item.kind === "CHANGE");
  const clashes = facts.items.some((item) => item.kind === "CLASH");
  const subject = changed && clashes
    ? `« ${oneLine(facts.title)} » a été modifié, et un conflit est apparu`
    : changed ? `« ${oneLine(facts.title)} » a été modifié` : `Nouveau conflit pour « ${oneLine(facts.title)} »`;
  return {
    to,
    kind: "event-notice",
    ...composeMail({
      subject,
      greeting: `Bonjour ${facts.name},`,
      paragraphs: facts.items.map((item) => paragraphOf(item, facts.title)),
      action: { label: "Voir l'événement", url: facts.link },
      unsubscribeUrl: facts.unsubscribeUrl,
      footer: "Vous recevez cet avis parce que vous éditez l'une des organisations qui co-organisent cet événement sur Maillage.",
    }),
  };
}
