const numberFormat = new Intl.NumberFormat();

/** "1 span", "12,345 characters": a count with its noun, plural when it should be. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : plural}`;
}
