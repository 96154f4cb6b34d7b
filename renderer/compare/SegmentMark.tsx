// One stretch of text in one annotator's column or lane set: its label highlight, the mark of the
// disagreement it belongs to, and the jump anchor of that disagreement.
import type { CSSProperties, ReactNode } from 'react';
import type { SpanGroup } from './compareSpans';
import { mainKind } from './disagreementKinds';
import { displayText } from './segmentText';
import type { TextSegment } from './textSegments';

/** What every stretch needs to know about the document being compared. */
export interface SegmentContext {
  annotators: readonly string[];
  groups: readonly SpanGroup[];
  colorOf: (label: string) => string;
  labelName: (key: string) => string;
  /** The number a disagreement group shows (1, 2, … among the disagreements only). */
  numberOf: (group: number) => number;
  onSelect: (group: number) => void;
}

interface SegmentMarkProps {
  segment: TextSegment;
  context: SegmentContext;
  selected: boolean;
  /** Whose spans to highlight: one lane in a column, or null to draw every annotator's lane under the text. */
  lane: number | null;
  /** The column that carries the element id a jump scrolls to. */
  anchorColumn: boolean;
  title: string;
}

/** Height of one annotator's lane under the text in the interleaved layout, in pixels (bar + gap). */
export const LANE_PITCH = 5;
const LANE_BAR = 3;
const MISSING_COLOR = '#d55e00';

/** The stretch as an element, or as bare text when nothing marks it (most of a long document). */
export function SegmentMark({ segment, context, selected, lane, anchorColumn, title }: SegmentMarkProps): ReactNode {
  const group = segment.group === null ? null : context.groups[segment.group]!;
  const disagreement = group !== null && group.kinds.length > 0 ? group : null;
  const text = displayText(segment.text);
  const classes = ['cmp-seg'];
  const style: CSSProperties & Record<string, string> = {};
  let tag: string | undefined;

  if (lane !== null) {
    const labels = segment.labels[lane]!;
    if (labels.length === 0 && disagreement === null) return text;
    if (labels.length > 0) {
      classes.push('cmp-covered');
      style['--label-color'] = context.colorOf(labels[0]!);
      if (labels.length > 1) classes.push('cmp-nested');
    }
    const starting = segment.startLabels[lane]!;
    if (starting.length > 0) {
      classes.push('cmp-start');
      tag = starting.map(context.labelName).join(' + ');
    }
    if (segment.spanEnds[lane]) classes.push('cmp-end');
    if (disagreement?.missing.includes(context.annotators[lane]!)) classes.push('cmp-absent');
  } else {
    if (disagreement === null && segment.labels.every((labels) => labels.length === 0)) return text;
    Object.assign(style, laneBackground(segment, context, disagreement));
  }
  if (disagreement !== null) classes.push('cmp-group', `cmp-kind-${mainKind(disagreement)}`);
  if (selected) classes.push('cmp-selected');

  return (
    <span
      className={classes.join(' ')}
      style={style}
      title={title}
      data-tag={tag}
      data-group={disagreement?.index}
      data-kind={disagreement === null ? undefined : mainKind(disagreement)}
      onClick={disagreement === null ? undefined : () => context.onSelect(disagreement.index)}
    >
      {segment.groupAnchor && disagreement !== null && (
        <span
          className={`cmp-badge cmp-badge-${mainKind(disagreement)}`}
          id={anchorColumn ? groupAnchorId(disagreement.index) : undefined}
          data-badge={context.numberOf(disagreement.index)}
          tabIndex={anchorColumn ? -1 : undefined}
          aria-hidden="true"
        />
      )}
      {text}
    </span>
  );
}

/** The id of the element a jump to a group scrolls to. */
export function groupAnchorId(group: number): string {
  return `cmp-group-${group}`;
}

/**
 * Every annotator's lane as a background layer under the text: a bar in the label's colour where they
 * marked it, a dashed bar in the missing colour inside a disagreement where they marked nothing.
 */
function laneBackground(segment: TextSegment, context: SegmentContext, disagreement: SpanGroup | null): CSSProperties {
  const images: string[] = [];
  const positions: string[] = [];
  const sizes: string[] = [];
  context.annotators.forEach((annotator, lane) => {
    const labels = segment.labels[lane]!;
    const bottom = (context.annotators.length - 1 - lane) * LANE_PITCH;
    // A span's first stretch starts its bar a little late, so touching spans stay apart.
    const inset = segment.startLabels[lane]!.length > 0 ? 2 : 0;
    if (labels.length > 0) {
      const color = context.colorOf(labels[0]!);
      images.push(`linear-gradient(${color}, ${color})`);
    } else if (disagreement?.missing.includes(annotator)) {
      images.push(`repeating-linear-gradient(90deg, ${MISSING_COLOR} 0 4px, transparent 4px 7px)`);
    } else {
      return;
    }
    positions.push(`${inset}px calc(100% - ${bottom}px)`);
    sizes.push(`calc(100% - ${inset}px) ${LANE_BAR}px`);
  });
  if (images.length === 0) return {};
  return {
    backgroundImage: images.join(', '),
    backgroundPosition: positions.join(', '),
    backgroundSize: sizes.join(', '),
    backgroundRepeat: 'no-repeat',
  };
}
