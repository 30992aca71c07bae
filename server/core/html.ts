// Text written into HTML by the server (the pages' heads, the embeddable
// programme): everything a record holds is escaped, a title included.

/** Text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * JSON for a <script type="application/ld+json"> element: a string holding
 * "</script>" or "<!--" must not end or change the element, so <, > and & are
 * written as \u escapes (the same JSON once parsed), and the two line
 * separators JavaScript once refused in strings too.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
