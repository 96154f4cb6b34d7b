// Text helpers of the comparison view's stretches: what they show and what their tooltip says.
import type { SpanGroup } from './compareSpans';
import { KIND_NAMES } from './disagreementKinds';
import type { TextSegment } from './textSegments';

/** The stretch as shown: CRLF and lone CR become one line break (the stored text is not changed). */
export function displayText(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

/** "ann: Claim · bob: — · cat: Claim, Opinion", then the group's disagreement, for a tooltip. */
export function segmentTitle(
  segment: TextSegment,
  annotators: readonly string[],
  labelName: (key: string) => string,
  group: SpanGroup | null,
): string {
  const lanes = annotators.map((annotator, lane) => laneLabels(segment, lane, annotator, labelName));
  return `${lanes.join(' · ')}${groupLine(group)}`;
}

/** "bob: Claim" (or "bob: no span"), then the group's disagreement: the tooltip in one annotator's column. */
export function laneTitle(
  segment: TextSegment,
  lane: number,
  annotators: readonly string[],
  labelName: (key: string) => string,
  group: SpanGroup | null,
): string {
  return `${laneLabels(segment, lane, annotators[lane]!, labelName)}${groupLine(group)}`;
}

function laneLabels(segment: TextSegment, lane: number, annotator: string, labelName: (key: string) => string): string {
  const labels = segment.labels[lane]!;
  return `${annotator}: ${labels.length === 0 ? 'no span' : labels.map(labelName).join(', ')}`;
}

function groupLine(group: SpanGroup | null): string {
  if (group === null) return '';
  if (group.kinds.length === 0) return `\n${KIND_NAMES.agreement}`;
  return `\n${group.kinds.map((kind) => KIND_NAMES[kind]).join(', ')}`;
}

/** The group's text, shortened in the middle to about `max` characters. */
export function excerpt(text: string, max = 90): string {
  const characters = [...displayText(text).replace(/\s+/gu, ' ').trim()];
  if (characters.length <= max) return characters.join('');
  const half = Math.floor((max - 1) / 2);
  return `${characters.slice(0, half).join('')}…${characters.slice(characters.length - half).join('')}`;
}
