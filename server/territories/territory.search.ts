// How territory names are matched: accent- and case-insensitive, by word
// prefix ("porte du hain" finds "CA de la Porte du Hainaut").

/** Lower-case ASCII words of `text`, with ligatures spelt out. */
export function searchWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The stored form of a name: its words, each preceded by a space, so that
 * `LIKE '% lie%'` matches any word starting with "lie".
 */
export function searchText(name: string): string {
  return searchWords(name).map((word) => ` ${word}`).join("");
}
