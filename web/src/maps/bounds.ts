// Frames of maps: the box that holds several territories' boxes.
import type { BoundingBox } from "../graphql/maps.ts";

/** The smallest box holding every given one; null when none is given (the map then shows France). */
export function unionOf(boxes: (BoundingBox | null | undefined)[]): BoundingBox | null {
  const known = boxes.filter((box): box is BoundingBox => Boolean(box));
  if (known.length === 0) return null;
  return {
    west: Math.min(...known.map((box) => box.west)),
    south: Math.min(...known.map((box) => box.south)),
    east: Math.max(...known.map((box) => box.east)),
    north: Math.max(...known.map((box) => box.north)),
  };
}
