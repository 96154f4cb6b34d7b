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
const span = (annotator: string, label: string, range: { start: number; end: number }) => ({
  ...range,
  label,
  annotator,
});

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

/** A long document (400 paragraphs, about 1,100 spans) with disagreements spread through it. */
export function longDocumentRecord() {
  const paragraphs: string[] = [];
  const spans: { start: number; end: number; label: string; annotator: string }[] = [];
  let offset = 0;
  for (let i = 0; i < 400; i++) {
    const sentence = `Paragraph ${i} says the budget grew by ${i % 17} percent, while critics disagree strongly about it.`;
    // ASCII only, so UTF-16 lengths are code points here.
    const claimEnd = sentence.indexOf(',');
    spans.push({ start: offset, end: offset + claimEnd, label: 'claim', annotator: 'ann' });
    spans.push({ start: offset + (i % 3 === 0 ? 10 : 0), end: offset + claimEnd, label: 'claim', annotator: 'bob' });
    if (i % 5 !== 0)
      spans.push({ start: offset, end: offset + claimEnd, label: i % 7 === 0 ? 'opinion' : 'claim', annotator: 'cat' });
    paragraphs.push(sentence);
    offset += sentence.length + 2;
  }
  return { id: 'long', title: 'A long budget report', text: paragraphs.join('\n\n'), spans };
}
