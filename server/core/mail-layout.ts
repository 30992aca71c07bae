// The one layout of Maillage's e-mails, in French: a text version that reads
// on its own (links written out, for clients that show no HTML and for people
// who copy them), and a plain HTML version styled inline, as mail clients drop
// <style> sheets. Every piece of text is escaped: names and titles come from
// users, and an e-mail must never run or show their markup.

/** A paragraph, with the address it is about when it has one (a link of its own, written out in text). */
export type MailParagraph = string | { text: string; link: { label: string; url: string } };

export interface MailLayout {
  subject: string;
  /** « Bonjour Camille, »: the first line. */
  greeting?: string;
  /** Plain text; a line break inside a paragraph is kept. */
  paragraphs: MailParagraph[];
  /** The one thing the reader is asked to do: a button in HTML, the address written out in text. */
  action?: { label: string; url: string };
  /** For mail a person may stop receiving (digests): « Se désabonner » and a List-Unsubscribe header. */
  unsubscribeUrl?: string;
  /** Replaces the default last line (why the reader gets this e-mail). */
  footer?: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
  /** List-Unsubscribe (and List-Unsubscribe-Post) when there is an unsubscribeUrl. */
  headers?: Record<string, string>;
}

const DEFAULT_FOOTER = "Maillage : coordonner l'économie sociale et solidaire, territoire par territoire.";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text or attribute value: nothing in it is markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** A link's address, refused unless http(s): a `javascript:` address in an e-mail is an attack. */
function webAddress(url: string, what: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${what} is not an absolute address: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`${what} must be an http(s) address, got ${JSON.stringify(url)}`);
  }
  return parsed.href;
}

// The web app's colours (web/src/app.css): ink, muted ink, accent, line.
const INK = "#1d2430";
const MUTED = "#5b6472";
const ACCENT = "#1f6f5c";
const LINE = "#dde1e4";
const PARAGRAPH = `margin:0 0 16px;`;
const SMALL = `margin:0 0 8px;font-size:13px;line-height:1.5;color:${MUTED};`;

function htmlParagraph(text: string, style = PARAGRAPH): string {
  return `<p style="${style}">${text.split("\n").map(escapeHtml).join("<br>")}</p>`;
}

/**
 * A French e-mail in Maillage's layout: `{ subject, text, html, headers }`,
 * ready for enqueueMail with its recipient and kind.
 * Throws when a link is not an http(s) address (a programming error).
 */
export function composeMail(layout: MailLayout): ComposedMail {
  const action = layout.action && { label: layout.action.label, url: webAddress(layout.action.url, "The action's url") };
  const unsubscribeUrl = layout.unsubscribeUrl && webAddress(layout.unsubscribeUrl, "unsubscribeUrl");
  const footer = layout.footer ?? DEFAULT_FOOTER;
  const paragraphs = layout.paragraphs.map((paragraph) =>
    typeof paragraph === "string" ? { text: paragraph, link: undefined } : { text: paragraph.text, link: { label: paragraph.link.label, url: webAddress(paragraph.link.url, "A paragraph's link") } });

  const text = [
    ...(layout.greeting ? [layout.greeting] : []),
    ...paragraphs.map(({ text, link }) => (link ? `${text}\n${link.label} : ${link.url}` : text)),
    ...(action ? [`${action.label} : ${action.url}`] : []),
    // "-- " alone on its line: mail clients know what follows is the signature.
    ["-- ", footer, ...(unsubscribeUrl ? [`Se désabonner : ${unsubscribeUrl}`] : [])].join("\n"),
  ].join("\n\n") + "\n";

  const body = [
    ...(layout.greeting ? [htmlParagraph(layout.greeting)] : []),
    ...paragraphs.map(({ text, link }) => (link
      ? `${htmlParagraph(text, "margin:0 0 4px;")}\n<p style="${PARAGRAPH}"><a href="${escapeHtml(link.url)}" style="color:${ACCENT};">${escapeHtml(link.label)}</a></p>`
      : htmlParagraph(text))),
    ...(action
      ? [
          `<p style="margin:24px 0;"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;border-radius:4px;background:${ACCENT};color:#ffffff;font-weight:bold;text-decoration:none;">${escapeHtml(action.label)}</a></p>`,
          // Some clients block buttons, and some people prefer to paste.
          `<p style="${SMALL}">Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :<br><a href="${escapeHtml(action.url)}" style="color:${ACCENT};word-break:break-all;">${escapeHtml(action.url)}</a></p>`,
        ]
      : []),
    `<hr style="margin:24px 0 16px;border:none;border-top:1px solid ${LINE};">`,
    htmlParagraph(footer, SMALL),
    ...(unsubscribeUrl
      ? [`<p style="${SMALL}"><a href="${escapeHtml(unsubscribeUrl)}" style="color:${MUTED};">Se désabonner</a></p>`]
      : []),
  ].join("\n");

  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(layout.subject)}</title></head>
<body style="margin:0;padding:24px 12px;background:#f6f7f5;">
<div style="max-width:560px;margin:0 auto;padding:24px;border:1px solid ${LINE};border-radius:6px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:${INK};">
${body}
</div>
</body>
</html>
`;

  return {
    subject: layout.subject,
    text,
    html,
    // RFC 8058: a mail client may unsubscribe in one click, by a POST to the address.
    ...(unsubscribeUrl ? { headers: { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } } : {}),
  };
}
