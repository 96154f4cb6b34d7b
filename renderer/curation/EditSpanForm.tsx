// The small form after "Edit": the accepted version is already gold; here its span's boundaries
// (code points, end exclusive) and label are adjusted, with the covered text shown as it changes.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { LabelScheme, Span } from '../../shared/domain';
import { offsetMapFor, sliceCodePoints } from '../../shared/offsets';
import { contextRange } from './contextSegments';
import { HighlightedContext } from './HighlightedContext';
import type { SpanLabels } from './spanLabels';
import type { SpanAdjustment } from './useCuration';

interface EditSpanFormProps {
  /** Where the span is, e.g. the document's title and id. */
  where: string;
  text: string;
  /** The gold spans of the accepted version. */
  spans: Span[];
  scheme: LabelScheme | null;
  labels: SpanLabels;
  busy: boolean;
  onSave: (adjustment: SpanAdjustment) => void;
  /** Keeps the version as accepted. */
  onCancel: () => void;
}

/** Adjusts one gold span; Enter saves, Escape keeps it as accepted. */
export function EditSpanForm({ where, text, spans, scheme, labels, busy, onSave, onCancel }: EditSpanFormProps) {
  const [id, setId] = useState(spans[0]?.id ?? '');
  const span = spans.find((candidate) => candidate.id === id) ?? spans[0];
  const [start, setStart] = useState(String(span?.start ?? 0));
  const [end, setEnd] = useState(String(span?.end ?? 0));
  const [label, setLabel] = useState(span?.label ?? '');
  const [technique, setTechnique] = useState(span?.technique ?? '');
  const firstField = useRef<HTMLInputElement>(null);
  const map = useMemo(() => offsetMapFor(text), [text]);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  const pick = (next: Span) => {
    setId(next.id);
    setStart(String(next.start));
    setEnd(String(next.end));
    setLabel(next.label);
    setTechnique(next.technique ?? '');
  };

  const from = Number(start);
  const to = Number(end);
  const problem =
    !Number.isInteger(from) || !Number.isInteger(to) || start.trim() === '' || end.trim() === ''
      ? 'Start and end are whole numbers (code points).'
      : from < 0 || to > map.codePointLength
        ? `Start and end lie between 0 and ${map.codePointLength}, the length of the text.`
        : from >= to
          ? 'The end comes after the start.'
          : null;
  const topLabels = (scheme?.labels ?? []).filter((candidate) => candidate.parent === null);
  const techniques = (scheme?.labels ?? []).filter((candidate) => candidate.parent === label);
  const preview = useMemo(
    () =>
      problem === null && span !== undefined
        ? { ...span, start: from, end: to, label, technique: technique === '' ? null : technique }
        : null,
    [problem, span, from, to, label, technique],
  );
  const range = useMemo(
    () =>
      contextRange(
        text,
        map,
        Math.min(preview?.start ?? span?.start ?? 0, span?.start ?? 0),
        Math.max(preview?.end ?? 0, span?.end ?? 0),
        120,
      ),
    [text, map, preview, span],
  );

  if (span === undefined) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem !== null || busy) return;
    onSave({ id: span.id, start: from, end: to, label, technique: technique === '' ? null : technique });
  };

  return (
    <form
      className="edit-span-form"
      data-testid="edit-form"
      aria-labelledby="edit-span-title"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id="edit-span-title" className="edit-span-title">
        Adjust the gold span
      </h2>
      <p className="field-hint" dir="auto">
        {where}
      </p>
      {spans.length > 1 && (
        <label className="field">
          <span className="field-label">Span</span>
          <select
            className="select"
            value={span.id}
            onChange={(event) => pick(spans.find((s) => s.id === event.target.value)!)}
          >
            {spans.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {labels.nameOf(candidate)} {candidate.start}–{candidate.end}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="edit-span-fields">
        <label className="field">
          <span className="field-label">Start</span>
          <input
            ref={firstField}
            className="input"
            type="number"
            min={0}
            max={map.codePointLength}
            value={start}
            data-testid="edit-start"
            onChange={(event) => setStart(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">End</span>
          <input
            className="input"
            type="number"
            min={1}
            max={map.codePointLength}
            value={end}
            data-testid="edit-end"
            onChange={(event) => setEnd(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">Label</span>
          <select
            className="select"
            value={label}
            data-testid="edit-label"
            onChange={(event) => {
              setLabel(event.target.value);
              setTechnique('');
            }}
          >
            {topLabels.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        {techniques.length > 0 && (
          <label className="field">
            <span className="field-label">Technique</span>
            <select
              className="select"
              value={technique}
              data-testid="edit-technique"
              onChange={(event) => setTechnique(event.target.value)}
            >
              <option value="">(none)</option>
              {techniques.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="field-hint">
        Offsets count characters (code points) from the start of the text; the end is not included.
      </p>
      {problem !== null ? (
        <p className="form-error" role="alert" data-testid="edit-problem">
          {problem}
        </p>
      ) : (
        <>
          <p className="edit-span-quote" data-testid="edit-quote" dir="auto">
            “{sliceCodePoints(text, from, to, map)}”
          </p>
          <HighlightedContext
            text={text}
            map={map}
            range={range}
            spans={preview === null ? [] : [preview]}
            colorOf={labels.colorOf}
            nameOf={labels.nameOf}
          />
        </>
      )}
      <div className="edit-span-actions">
        <button type="button" className="button" data-testid="edit-cancel" onClick={onCancel}>
          Keep as accepted <kbd>Esc</kbd>
        </button>
        <button
          type="submit"
          className="button button-primary"
          data-testid="edit-save"
          disabled={problem !== null || busy}
        >
          Save <kbd>Enter</kbd>
        </button>
      </div>
    </form>
  );
}
