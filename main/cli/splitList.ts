/** The items of a comma-separated option (`--annotators a,b`), trimmed; undefined when the option is absent. */
export function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
