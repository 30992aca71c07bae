// The classes of the maps' choropleths, without a browser.
import { describe, expect, it } from "vitest";
import { CLASS_COLOURS, classOf, valueClasses } from "./choropleth.ts";

describe("the classes of a choropleth", () => {
  it("splits the positive values into four classes of equal counts, darker as they grow, zero apart", () => {
    const classes = valueClasses([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(classes.map(({ from, to }) => [from, to])).toEqual([[1, 2], [3, 4], [5, 6], [7, 8]]);
    expect(classes.map((item) => item.colour)).toEqual([...CLASS_COLOURS]);
    expect(classOf(0, classes)).toBeNull();
    expect(classOf(5, classes)?.index).toBe(3);
    expect(classOf(8, classes)?.index).toBe(4);
  });

  it("makes fewer classes than values, the lightest and the darkest kept, and none without a positive value", () => {
    expect(valueClasses([0, 2, 2, 9]).map((item) => [item.from, item.to, item.colour])).toEqual([[2, 2, CLASS_COLOURS[0]], [9, 9, CLASS_COLOURS[3]]]);
    expect(valueClasses([0, 0])).toEqual([]);
  });
});
