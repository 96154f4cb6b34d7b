// The small three-annotator project of the agreement end-to-end tests: one document with one
// disagreement of each kind (and one agreement), one where everyone agrees, one only ann worked on,
// and a gold annotator who marks what ann marks.
import { codePointRange } from '../helpers/multilingualText';

/**
 * The disputed document: two paragraphs apart by a CRLF blank line, and an emoji before the last
 * sentence, so wrong offsets (UTF-16 for code points, normalised line ends) would shift the marks.
 */
export const DISPUTED_TEXT =
  'The minister said taxes will fall. Critics call the plan reckless.\r\n\r\nPrices rose by 5% last year. 👋🏽 Everyone agrees the bridge is old.';
const CALM_TEXT = 'The river is wide. Boats are slow.';

const at = (text: string, needle: string) => codePointRange(text, needle);
const span = (annotator: string, label: string, range: { start: number; end: number }) => ({ ...range, label, annotator });

const minister = at(DISPUTED_TEXT, 'The minister said taxes will fall.');
const critics = at(DISPUTED_TEXT, 'Critics call the plan reckless.');
const prices = at(DISPUTED_TEXT, 'Prices rose by 5% last year.');
const bridge = at(DISPUTED_TEXT, 'Everyone agrees the bridge is old.');

/** What each disagreement of the disputed document is, for the assertions. */
export const DISPUTED = {
  /** cat marked nothing here. */
  missing: 'The minister said taxes will fall.',
  /** cat's opinion starts at "call". */
  boundary: 'Critics call the plan reckless.',
  /** cat says opinion where ann and bob say claim. */
  label: 'Everyone agrees the bridge is old.',
  agreement: 'Prices rose by 5% last year.',
};

/** Native JSONL records of the project. */
export const AGREEMENT_RECORDS = [
  {
    id: 'disputed',
    title: 'Disputed bridge report',
    text: DISPUTED_TEXT,
    spans: [
      ...['ann', 'bob', 'gold'].map((a) => span(a, 'claim', minister)),
      ...['ann', 'bob', 'gold'].map((a) => span(a, 'opinion', critics)),
      span('cat', 'opinion', at(DISPUTED_TEXT, 'call the plan reckless.')),
      ...['ann', 'bob', 'cat', 'gold'].map((a) => span(a, 'evidence', prices)),
      ...['ann', 'bob', 'gold'].map((a) => span(a, 'claim', bridge)),
      span('cat', 'opinion', bridge),
    ],
  },
  {
    id: 'calm',
    title: 'Calm river notes',
    text: CALM_TEXT,
    spans: ['ann', 'bob', 'cat', 'gold'].map((a) => span(a, 'claim', at(CALM_TEXT, 'The river is wide.'))),
  },
  {
    id: 'solo',
    title: 'Only ann read this',
    text: 'A lone claim sits here.',
    spans: [span('ann', 'claim', { start: 0, end: 12 })],
  },
];
