// The side panel's top half: everything about the selected span, and the controls to change it.
import type { CSSProperties } from 'react';
import type { LabelScheme, Relation, Span } from '../../shared/domain';
import type { AnnotationCommands } from './annotationCommands';
import type { AnnotationEditor } from './annotationEditor';
import { RESIZE_SHORTCUTS } from './annotationKeys';
import type { AnnotationSnapshot } from './annotationStore';
import { NoteField } from './NoteField';
import { labelByKey, spanColor, spanLabelName, techniquesOf, topLabels } from './schemeLabels';

interface SpanDetailsProps {
  span: Span;
  snapshot: AnnotationSnapshot;
  scheme: LabelScheme;
  annotator: string;
  commands: AnnotationCommands;
  editor: AnnotationEditor;
}

/** Label, technique, quote, note, boundaries, relations and delete for one span. */
export function SpanDetails({ span, snapshot, scheme, annotator, commands, editor }: SpanDetailsProps) {
  const readOnly = span.annotator !== annotator;
  const save = snapshot.saveStates.get(span.id) ?? 'saved';
  const techniques = techniquesOf(scheme, span.label);
  const relations = snapshot.relations.filter((r) => r.from === span.id || r.to === span.id);
  const linking = snapshot.linkFromId === span.id;

  return (
    <section className="span-details" data-testid="span-details" data-span-id={span.id} aria-label="Selected span">
      <header className="details-header">
        <span
          className="swatch swatch-large"
          style={{ '--label-color': spanColor(scheme, span) } as CSSProperties}
          aria-hidden="true"
        />
        <h2 className="details-title" data-testid="details-title">
          {spanLabelName(scheme, span)}
        </h2>
        {!readOnly && (
          <span className={`span-save span-save-${save}`} data-testid="span-save-state" data-state={save}>
            {save === 'saved' ? 'Saved' : save === 'saving' ? 'Saving…' : 'Not saved'}
          </span>
        )}
      </header>
      {readOnly && (
        <p className="details-owner" data-testid="details-owner">
          By {span.annotator} · read-only
        </p>
      )}
      {save === 'failed' && (
        <div className="details-failed" role="alert">
          <p>
            Not saved: {snapshot.saveErrors.get(span.id) ?? 'the project did not accept it'}. It is kept here until you
            retry or discard it.
          </p>
          <div className="details-actions">
            <button
              type="button"
              className="button button-primary"
              data-testid="retry-span"
              onClick={() => editor.retryCreate(span.id)}
            >
              Retry saving
            </button>
            <button type="button" className="button" data-testid="discard-span" onClick={() => editor.discard(span.id)}>
              Discard
            </button>
          </div>
        </div>
      )}

      <blockquote className="details-quote" data-testid="details-quote" dir="auto">
        {span.quote}
      </blockquote>
      <p className="details-offsets">
        Characters {span.start}–{span.end} ({span.end - span.start} code points)
      </p>

      <div className="details-fields">
        <label className="field">
          <span className="field-label">Label</span>
          <select
            className="select"
            data-testid="span-label-select"
            value={span.label}
            disabled={readOnly || save === 'failed'}
            onChange={(event) => commands.relabel(span.id, event.target.value)}
          >
            {topLabels(scheme).map((label) => (
              <option key={label.key} value={label.key}>
                {label.name}
                {label.shortcut !== null ? ` (${label.shortcut})` : ''}
              </option>
            ))}
            {labelByKey(scheme, span.label) === null && (
              <option value={span.label}>{span.label} (not in the scheme)</option>
            )}
          </select>
        </label>
        {(techniques.length > 0 || span.technique !== null) && (
          <label className="field">
            <span className="field-label">Technique</span>
            <select
              className="select"
              data-testid="span-technique-select"
              value={span.technique ?? ''}
              disabled={readOnly || save === 'failed'}
              onChange={(event) =>
                commands.setTechnique(span.id, event.target.value === '' ? null : event.target.value)
              }
            >
              <option value="">— none yet —</option>
              {techniques.map((technique) => (
                <option key={technique.key} value={technique.key}>
                  {technique.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field-label">Note</span>
          <NoteField
            key={span.id}
            spanId={span.id}
            note={span.note}
            readOnly={readOnly || save === 'failed'}
            onSave={(note) => editor.updateSpan(span.id, { note }, 'The note')}
          />
        </label>
      </div>

      {!readOnly && save !== 'failed' && (
        <div className="details-boundaries" data-testid="boundary-controls">
          <span className="field-label">Boundaries</span>
          <div className="boundary-row">
            <span className="boundary-name">Start</span>
            <button
              type="button"
              className="button button-small"
              data-testid="start-earlier"
              title="Start one character earlier (Alt+←)"
              onClick={() => commands.resizeSelected('start', -1, 'char')}
            >
              ←
            </button>
            <button
              type="button"
              className="button button-small"
              data-testid="start-later"
              title="Start one character later (Alt+→)"
              onClick={() => commands.resizeSelected('start', 1, 'char')}
            >
              →
            </button>
            <span className="boundary-name">End</span>
            <button
              type="button"
              className="button button-small"
              data-testid="end-earlier"
              title="End one character earlier (Alt+Shift+←)"
              onClick={() => commands.resizeSelected('end', -1, 'char')}
            >
              ←
            </button>
            <button
              type="button"
              className="button button-small"
              data-testid="end-later"
              title="End one character later (Alt+Shift+→)"
              onClick={() => commands.resizeSelected('end', 1, 'char')}
            >
              →
            </button>
          </div>
          <p className="details-hint">
            Keys: start <kbd className="shortcut">{RESIZE_SHORTCUTS.start}</kbd> · end{' '}
            <kbd className="shortcut">{RESIZE_SHORTCUTS.end}</kbd> · {RESIZE_SHORTCUTS.byWord}
          </p>
        </div>
      )}

      <div className="details-relations">
        <span className="field-label">Links</span>
        {relations.length === 0 && <p className="details-hint">No links yet.</p>}
        <ul className="relation-list" data-testid="relation-list">
          {relations.map((relation) => (
            <RelationRow
              key={relation.id}
              relation={relation}
              span={span}
              snapshot={snapshot}
              scheme={scheme}
              annotator={annotator}
              commands={commands}
              editor={editor}
            />
          ))}
        </ul>
      </div>

      {!readOnly && (
        <div className="details-footer">
          {save !== 'failed' && (
            <button
              type="button"
              className={linking ? 'button button-primary' : 'button'}
              data-testid="link-button"
              onClick={() => (linking ? commands.cancelLink() : (commands.select(span.id), commands.startLink()))}
            >
              {linking ? 'Cancel linking (Esc)' : 'Link… (L)'}
            </button>
          )}
          <button
            type="button"
            className="button button-danger"
            data-testid="delete-span"
            onClick={() => (commands.select(span.id), commands.deleteSelected())}
          >
            Delete (Del)
          </button>
        </div>
      )}
    </section>
  );
}

interface RelationRowProps extends SpanDetailsProps {
  relation: Relation;
}

function RelationRow({ relation, span, snapshot, scheme, annotator, commands, editor }: RelationRowProps) {
  const outgoing = relation.from === span.id;
  const other = snapshot.byId.get(outgoing ? relation.to : relation.from);
  const typeName = scheme.relationTypes.find((t) => t.key === relation.type)?.name ?? relation.type;
  return (
    <li
      className="relation-row"
      data-testid="relation-row"
      data-relation-id={relation.id}
      data-relation-type={relation.type}
    >
      <span className="relation-direction">{outgoing ? `${typeName} →` : `← ${typeName} from`}</span>
      <button
        type="button"
        className="link-button"
        data-testid="relation-target"
        disabled={other === undefined}
        onClick={() => other && commands.select(other.id, true)}
      >
        {other === undefined ? 'a span not shown' : `${spanLabelName(scheme, other)}: “${other.quote}”`}
      </button>
      {relation.annotator === annotator && (
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="delete-relation"
          aria-label={`Remove the ${typeName} link`}
          onClick={() => void editor.deleteRelation(relation.id)}
        >
          ✕
        </button>
      )}
    </li>
  );
}
