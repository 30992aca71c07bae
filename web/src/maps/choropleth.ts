// The classes of a choropleth: events per 10 000 inhabitants, or
// organisations per commune, in at most four classes of equal counts
// (quantiles of the non-zero values), and zero apart: « aucun » is a
// finding of its own (a blind spot), drawn hatched rather than pale.
export const CLASS_COLOURS = ["#c6dbef", "#6baed6", "#2b7bba", "#08306b"] as const;

export interface ValueClass {
  /** 1 to 4, from the lowest values to the highest. */
  index: number;
  from: number;
  to: number;
  colour: string;
}

/** Quantile classes of the positive values; fewer than four when there are fewer distinct values. */
export function valueClasses(values: number[]): ValueClass[] {
  const positive = [...new Set(values.filter((value) => value > 0))].sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const count = Math.min(CLASS_COLOURS.length, positive.length);
  const classes: ValueClass[] = [];
  for (let index = 0; index < count; index += 1) {
    const from = positive[Math.floor((index * positive.length) / count)];
    const to = positive[Math.floor(((index + 1) * positive.length) / count) - 1];
    // Darker with the values, whatever the number of classes.
    classes.push({ index: index + 1, from, to, colour: CLASS_COLOURS[Math.round((index * (CLASS_COLOURS.length - 1)) / Math.max(1, count - 1))] });
  }
  return classes;
}

/** The class of a value, null for zero (none). */
export function classOf(value: number, classes: ValueClass[]): ValueClass | null {
  if (value <= 0) return null;
  return classes.find((item) => value <= item.to) ?? classes.at(-1) ?? null;
}
