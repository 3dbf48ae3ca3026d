// The key of a drawn edge, made from its relation: the relation id, or `relationId~targetId` when the relation
// names several targets (one edge per target; ids never hold `~`). Made in records.ts, read back by the exports
// to find the relations behind a view's edges.

export function edgeKey(relationId: string, target: string, severalTargets: boolean): string {
  return severalTargets ? `${relationId}~${target}` : relationId;
}

/** The relation an edge key belongs to. */
export function relationIdOfKey(key: string): string {
  const tilde = key.indexOf('~');
  return tilde < 0 ? key : key.slice(0, tilde);
}
