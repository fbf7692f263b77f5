/** How many annotations a merge rewrites: every one carrying any of the tags merged away. */
export function annotationsChangedByMerge(
  annotations: ReadonlyArray<{ tagIds: readonly string[] }>,
  fromIds: readonly string[],
): number {
  const from = new Set(fromIds);
  return annotations.filter((annotation) => annotation.tagIds.some((id) => from.has(id))).length;
}
