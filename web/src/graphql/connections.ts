// Nested lists come from the API as bounded connections
// (`members(first: 100) { totalCount edges { node { … } } }`). A record's page
// shows them as plain lists: the page turns every connection of the answer
// into the array of its nodes, and Flattened<> (tada.ts) says so to the types.

/** The detail with each `{ edges: [{ node }] }` replaced by its nodes, recursively. */
export function flattenConnections<T>(value: unknown): T {
  return flatten(value) as T;
}

function flatten(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flatten);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.edges) && record.edges.every((edge) => edge && typeof edge === "object" && "node" in edge)) {
    return (record.edges as { node: unknown }[]).map((edge) => flatten(edge.node));
  }
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, flatten(inner)]));
}
