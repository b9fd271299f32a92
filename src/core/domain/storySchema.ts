/**
 * Checks `src/data/story.json` (label anchors and playback's turning points) against the known
 * unit codes and the years the map shows. Returns one readable message per problem.
 */
export function validateStory(raw: unknown, codes: ReadonlySet<string>, years: { first: number; last: number }): string[] {
  const errors: string[] = [];
  const story = (raw ?? {}) as { labelAnchors?: unknown; turningPoints?: unknown };
  if (!Array.isArray(story.labelAnchors)) errors.push('story: labelAnchors must be a list');
  else story.labelAnchors.filter((c) => !codes.has(String(c))).forEach((c) => errors.push(`story: unknown label anchor ${String(c)}`));
  if (!Array.isArray(story.turningPoints)) errors.push('story: turningPoints must be a list');
  else {
    story.turningPoints
      .filter((y) => !Number.isInteger(y) || (y as number) < years.first || (y as number) > years.last)
      .forEach((y) => errors.push(`story: turning point ${String(y)} is not a year the map shows`));
  }
  return errors;
}
