// The comparison of one document: the annotators' spans side by side or interleaved, each place where
// they differ marked in the text and listed beside it. Opened from the agreement view's ranking, with
// the same annotators, labels and level as the numbers there.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { LabelScheme } from '../../shared/domain';
import { offsetMapFor } from '../../shared/offsets';
import { ErrorBanner } from '../common/ErrorBanner';
import { comparableSpans, type ComparisonScope } from './comparableSpans';
import { ComparisonLegend } from './ComparisonLegend';
import { ComparisonText, type ComparisonLayout } from './ComparisonText';
import { compareSpans, kindCounts } from './compareSpans';
import { DisagreementList } from './DisagreementList';
import { groupAnchorId, type SegmentContext } from './SegmentMark';
import { segmentParagraphs } from './textSegments';
import { useComparisonData } from './useComparisonData';
import '../styles/compare.css';

interface ComparisonViewProps {
  client: ApiClient;
  documentId: string;
  scope: ComparisonScope;
  scheme: LabelScheme | null;
  onBack: () => void;
}

/** Labels without a colour in the scheme (imported ones) are drawn grey. */
const FALLBACK_COLOR = '#9aa3ad';

/** The comparison of one document; loads its text and spans itself. */
export function ComparisonView({ client, documentId, scope, scheme, onBack }: ComparisonViewProps) {
  const data = useComparisonData(client, documentId, scope.annotators);
  // Side by side reads best for a few annotators; many columns get too narrow, lanes do not.
  const [layout, setLayout] = useState<ComparisonLayout>(scope.annotators.length <= 3 ? 'columns' : 'lanes');
  const [selected, setSelected] = useState<number | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const text = data.status === 'ready' ? data.document.text : '';
  const spans = useMemo(() => (data.status === 'ready' ? comparableSpans(data.spans, scope) : []), [data, scope]);
  const groups = useMemo(() => compareSpans(spans, scope.annotators), [spans, scope.annotators]);
  const paragraphs = useMemo(
    () => segmentParagraphs(text, spans, groups, scope.annotators),
    [text, spans, groups, scope.annotators],
  );
  const numbers = useMemo(() => {
    const map = new Map<number, number>();
    for (const group of groups) if (group.kinds.length > 0) map.set(group.index, map.size + 1);
    return map;
  }, [groups]);

  const labelInfo = useMemo(() => {
    const byKey = new Map((scheme?.labels ?? []).map((label) => [label.key, label]));
    return {
      colorOf: (key: string) => byKey.get(key)?.color ?? FALLBACK_COLOR,
      labelName: (key: string) => byKey.get(key)?.name ?? key,
    };
  }, [scheme]);
  const usedLabels = useMemo(
    () =>
      [...new Set(spans.map((span) => span.label))]
        .sort()
        .map((key) => ({ key, name: labelInfo.labelName(key), color: labelInfo.colorOf(key) })),
    [spans, labelInfo],
  );

  const select = useCallback((group: number) => {
    setSelected(group);
    // After the render that marks it selected, bring it into view and give it focus for screen readers.
    requestAnimationFrame(() => {
      const anchor = document.getElementById(groupAnchorId(group));
      anchor?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      anchor?.focus({ preventScroll: true });
      // A click in the text selects the group; its entry in the list comes into view too.
      document
        .querySelector(`[data-testid="disagreement-item"][data-group="${group}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    });
  }, []);
  const context: SegmentContext = useMemo(
    () => ({
      annotators: scope.annotators,
      groups,
      ...labelInfo,
      numberOf: (group) => numbers.get(group) ?? 0,
      onSelect: select,
    }),
    [scope.annotators, groups, labelInfo, numbers, select],
  );
  const map = useMemo(() => offsetMapFor(text), [text]);

  return (
    <section
      className="comparison-view"
      aria-labelledby="comparison-title"
      data-testid="comparison-view"
      data-document-id={documentId}
    >
      <div className="cmp-bar">
        <button type="button" className="button" data-testid="comparison-back" onClick={onBack}>
          ← Agreement
        </button>
        <h1 id="comparison-title" className="cmp-title" tabIndex={-1} ref={headingRef}>
          {data.status === 'ready' ? data.document.title : documentId}
        </h1>
        <span className="cmp-scope">
          {scope.annotators.join(' · ')} — {scope.level === 'top' ? 'top-level labels' : 'labels as stored'}
          {scope.labels !== null && scope.labels.length > 0
            ? ` — ${scope.labels.map(labelInfo.labelName).join(', ')}`
            : ''}
        </span>
        <div className="agreement-segmented" role="radiogroup" aria-label="Layout">
          {(
            [
              ['columns', 'Side by side'],
              ['lanes', 'Interleaved'],
            ] as const
          ).map(([value, name]) => (
            <label key={value} className="agreement-segment">
              <input
                type="radio"
                name="comparison-layout"
                value={value}
                data-testid={`layout-${value}`}
                checked={layout === value}
                onChange={() => setLayout(value)}
              />
              <span>{name}</span>
            </label>
          ))}
        </div>
      </div>
      {data.status === 'error' && <ErrorBanner message={data.error} onDismiss={onBack} />}
      {data.status === 'loading' && <p className="placeholder">Loading the document…</p>}
      {data.status === 'ready' && (
        <>
          <ComparisonLegend counts={kindCounts(groups)} labels={usedLabels} />
          <div className="cmp-body">
            <DisagreementList
              groups={groups}
              annotators={scope.annotators}
              textOf={(group) => text.slice(map.toUtf16(group.start), map.toUtf16(group.end))}
              labelName={labelInfo.labelName}
              numberOf={context.numberOf}
              selected={selected}
              onSelect={select}
            />
            <div className="cmp-text-scroll">
              {paragraphs.length === 0 ? (
                <p className="placeholder">This document has no text.</p>
              ) : (
                <ComparisonText layout={layout} paragraphs={paragraphs} context={context} selected={selected} />
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
