// The document's text with every annotator's spans, in one of two layouts: side by side (a column
// per annotator, paragraphs aligned across columns) or interleaved (the text once, one lane per
// annotator under it). Paragraphs are plain DOM and only re-render when the selection touches them.
import { memo, type CSSProperties } from 'react';
import { SegmentMark, LANE_PITCH, type SegmentContext } from './SegmentMark';
import { laneTitle, segmentTitle } from './segmentText';
import type { SegmentedParagraph } from './textSegments';

/** The two layouts of the comparison text. */
export type ComparisonLayout = 'columns' | 'lanes';

interface ComparisonTextProps {
  layout: ComparisonLayout;
  paragraphs: readonly SegmentedParagraph[];
  context: SegmentContext;
  selected: number | null;
}

/** The whole text in the chosen layout. */
export function ComparisonText({ layout, paragraphs, context, selected }: ComparisonTextProps) {
  const selectedIn = (paragraph: SegmentedParagraph) =>
    selected !== null && paragraph.segments.some((segment) => segment.group === selected) ? selected : null;
  if (layout === 'columns') {
    return (
      <div
        className="cmp-columns"
        style={{ gridTemplateColumns: `repeat(${context.annotators.length}, minmax(0, 1fr))` }}
        data-testid="comparison-text"
        data-layout="columns"
      >
        {context.annotators.map((annotator) => (
          <div key={annotator} className="cmp-column-head" data-annotator={annotator}>
            {annotator}
          </div>
        ))}
        {paragraphs.map((paragraph) => (
          <ColumnsRow key={paragraph.start} paragraph={paragraph} context={context} selected={selectedIn(paragraph)} />
        ))}
      </div>
    );
  }
  return (
    <div
      className="cmp-lanes"
      style={{ '--lane-space': `${context.annotators.length * LANE_PITCH}px` } as CSSProperties}
      data-testid="comparison-text"
      data-layout="lanes"
    >
      <p className="cmp-lane-key">
        Lanes under the text, top to bottom:{' '}
        {context.annotators.map((annotator, index) => (
          <span key={annotator} className="cmp-lane-name">
            {index + 1}. {annotator}
          </span>
        ))}
      </p>
      {paragraphs.map((paragraph) => (
        <LanesParagraph
          key={paragraph.start}
          paragraph={paragraph}
          context={context}
          selected={selectedIn(paragraph)}
        />
      ))}
    </div>
  );
}

interface RowProps {
  paragraph: SegmentedParagraph;
  context: SegmentContext;
  /** The selected group when it is in this paragraph, else null (so other rows skip re-rendering). */
  selected: number | null;
}

/** One paragraph as one cell per annotator; the grid keeps the cells of a paragraph on one row. */
const ColumnsRow = memo(function ColumnsRow({ paragraph, context, selected }: RowProps) {
  return (
    <>
      {context.annotators.map((annotator, lane) => (
        <p key={annotator} className={lane === 0 ? 'cmp-cell' : 'cmp-cell cmp-cell-next'} data-annotator={annotator}>
          {paragraph.segments.map((segment) => (
            <SegmentMark
              key={segment.start}
              segment={segment}
              context={context}
              lane={lane}
              anchorColumn={lane === 0}
              selected={selected !== null && segment.group === selected}
              title={laneTitle(
                segment,
                lane,
                context.annotators,
                context.labelName,
                segment.group === null ? null : context.groups[segment.group]!,
              )}
            />
          ))}
        </p>
      ))}
    </>
  );
});

/** One paragraph once, with the lanes of all annotators under its text. */
const LanesParagraph = memo(function LanesParagraph({ paragraph, context, selected }: RowProps) {
  return (
    <p className="cmp-lane-paragraph">
      {paragraph.segments.map((segment) => (
        <SegmentMark
          key={segment.start}
          segment={segment}
          context={context}
          lane={null}
          anchorColumn
          selected={selected !== null && segment.group === selected}
          title={segmentTitle(
            segment,
            context.annotators,
            context.labelName,
            segment.group === null ? null : context.groups[segment.group]!,
          )}
        />
      ))}
    </p>
  );
});
