// Comma-separated CLI lists (`--annotators a,b`, `--map-labels A=a,B=b`). Names may hold commas
// ("Smith, J." is an annotator name, "Name_Calling,Labeling" a PTC technique), so an item can be
// put in double quotes, as in CSV: `--annotators 'ana,"Smith, J."'`; `""` inside quotes is a quote.
import { SpanmarkError } from '../../shared/errors';

/** The items of a comma-separated option, trimmed, with "quoted" items kept whole; undefined when the option is absent. */
export function splitList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items: string[] = [];
  let item = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (quoted) {
      if (char !== '"') item += char;
      else if (value[i + 1] === '"') {
        item += '"';
        i++;
      } else quoted = false;
    } else if (char === '"' && item.trim() === '') {
      quoted = wasQuoted = true;
      item = '';
    } else if (char === ',') {
      items.push(wasQuoted ? item : item.trim());
      item = '';
      wasQuoted = false;
    } else if (!(wasQuoted && /\s/u.test(char))) item += char;
  }
  if (quoted)
    throw new SpanmarkError(
      'bad_params',
      `the list ${JSON.stringify(value)} opens a quote it never closes; close it with "`,
    );
  items.push(wasQuoted ? item : item.trim());
  return items.filter((entry) => entry !== '');
}
