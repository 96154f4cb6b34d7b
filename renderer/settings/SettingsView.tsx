// The label scheme settings: labels (with their techniques) and relation types, edited as a draft
// and stored as a whole with Save. Problems show beside their field before saving; the project's
// own refusals (a label still in use) show at the top after.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LabelScheme } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';
import { unhandledCommand, type KeyCommand } from '../keyboard/keyCommand';
import { useKeyCommands } from '../keyboard/useKeyCommands';
import { validateDraft } from './draftValidation';
import { LabelCard } from './LabelCard';
import { RelationTypeRow } from './RelationTypeRow';
import {
  draftDiffers,
  draftFromScheme,
  moveItem,
  newLabel,
  newRelationType,
  removedItems,
  rowChanges,
  schemeFromDraft,
  type DraftLabel,
  type DraftRelationType,
} from './schemeDraft';
import { RemovedNotice } from './RemovedNotice';
import { SettingsBar } from './SettingsBar';
import { useUnsavedChangesPrompt } from './useUnsavedChangesPrompt';
import '../styles/settings.css';

type SettingsCommandId = 'save';

/** The Settings view's keys. */
function settingsCommands(canSave: () => boolean): KeyCommand<SettingsCommandId>[] {
  return [
    {
      id: 'save',
      chords: ['Mod-s'],
      description: 'Save the scheme (when it has changes and no problems)',
      when: canSave,
    },
  ];
}

interface SettingsViewProps {
  scheme: LabelScheme;
  /** Stores the scheme; resolves with what was stored, rejects with the project's reason. */
  onSave: (scheme: LabelScheme) => Promise<LabelScheme>;
  onClose: () => void;
}

/** The full-window settings view of the project's label scheme. */
export function SettingsView({ scheme, onSave, onClose }: SettingsViewProps) {
  // What the draft is compared with: the scheme as it was opened, then as last saved.
  const [stored, setStored] = useState(scheme);
  const [draft, setDraft] = useState(() => draftFromScheme(scheme));
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const problems = useMemo(() => validateDraft(draft), [draft]);
  const changes = useMemo(() => rowChanges(draft, stored), [draft, stored]);
  const unsaved = useMemo(() => draftDiffers(draft, stored), [draft, stored]);
  const removed = useMemo(() => removedItems(draft, stored), [draft, stored]);
  useUnsavedChangesPrompt(unsaved);

  // Keyboard and screen-reader users land at the top of the new view.
  useEffect(() => headingRef.current?.focus(), []);

  const edit = (change: (labels: DraftLabel[], types: DraftRelationType[]) => Partial<typeof draft>) => {
    setDraft((previous) => ({ ...previous, ...change(previous.labels, previous.relationTypes) }));
    setSaved(false);
  };
  const focusSection = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const save = () => {
    setBusy(true);
    setServerError(null);
    onSave(schemeFromDraft(draft).scheme).then(
      (result) => {
        setStored(result);
        setDraft(draftFromScheme(result));
        setSaved(true);
        setBusy(false);
      },
      (error: unknown) => {
        setServerError(errorMessage(error));
        setBusy(false);
      },
    );
  };

  const canSave = useRef(false);
  canSave.current = unsaved && problems.count === 0 && !busy;
  const keyCommands = useMemo(() => settingsCommands(() => canSave.current), []);
  useKeyCommands('settings', 'Settings', keyCommands, (id: SettingsCommandId) => {
    switch (id) {
      case 'save':
        return save();
      default:
        return unhandledCommand(id);
    }
  });

  return (
    <main className="settings-view" data-testid="settings-view" aria-labelledby="settings-title">
      <SettingsBar
        unsaved={unsaved}
        problemCount={problems.count}
        busy={busy}
        saved={saved}
        serverError={serverError}
        onSave={save}
        onClose={onClose}
      />
      <div className="settings-content">
        <h1 id="settings-title" className="settings-title" tabIndex={-1} ref={headingRef}>
          Label scheme
        </h1>
        <p className="settings-intro">
          What annotators label and link in this project. The guideline text is shown to annotators beside each label.
          Keys are fixed once created, because spans and exported files refer to them; a label or relation type that
          spans use cannot be removed.
        </p>
        <RemovedNotice items={removed} />
        {problems.general.length > 0 && (
          <ul className="form-error settings-error" data-testid="settings-problems">
            {problems.general.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}

        <section className="settings-section" aria-labelledby="settings-labels">
          <h2 id="settings-labels" className="settings-section-title" tabIndex={-1}>
            Labels
          </h2>
          <p className="settings-hint">
            The shortcut (a digit or lower-case letter) applies a label to the selected text. Techniques sit under a
            label, like the PTC techniques under the propaganda marker.
          </p>
          <ol className="scheme-list" data-testid="label-list">
            {draft.labels.map((label, index) => (
              <LabelCard
                key={label.rowId}
                label={label}
                index={index}
                count={draft.labels.length}
                problems={problems}
                changes={changes}
                onChange={(next) =>
                  edit((labels) => ({ labels: labels.map((l) => (l.rowId === next.rowId ? next : l)) }))
                }
                onMove={(delta) => edit((labels) => ({ labels: moveItem(labels, index, delta) }))}
                onRemove={() => {
                  edit((labels) => ({ labels: labels.filter((l) => l.rowId !== label.rowId) }));
                  focusSection('settings-labels');
                }}
              />
            ))}
          </ol>
          <button
            type="button"
            className="button add-button"
            data-testid="add-label"
            onClick={() => {
              const added = newLabel(draft);
              edit((labels) => ({ labels: [...labels, added] }));
              requestAnimationFrame(() =>
                document
                  .querySelector<HTMLInputElement>(`[data-testid="label-row"]:last-child [data-testid="label-name"]`)
                  ?.focus(),
              );
            }}
          >
            + Add label
          </button>
        </section>

        <section className="settings-section" aria-labelledby="settings-relations">
          <h2 id="settings-relations" className="settings-section-title" tabIndex={-1}>
            Relation types
          </h2>
          <p className="settings-hint">How one span can be linked to another, e.g. evidence that supports a claim.</p>
          <ol className="scheme-list" data-testid="relation-type-list">
            {draft.relationTypes.map((type, index) => (
              <RelationTypeRow
                key={type.rowId}
                type={type}
                index={index}
                count={draft.relationTypes.length}
                problems={problems}
                change={changes.get(type.rowId)}
                onChange={(next) =>
                  edit((_, types) => ({ relationTypes: types.map((t) => (t.rowId === next.rowId ? next : t)) }))
                }
                onMove={(delta) => edit((_, types) => ({ relationTypes: moveItem(types, index, delta) }))}
                onRemove={() => {
                  edit((_, types) => ({ relationTypes: types.filter((t) => t.rowId !== type.rowId) }));
                  focusSection('settings-relations');
                }}
              />
            ))}
          </ol>
          <button
            type="button"
            className="button add-button"
            data-testid="add-relation-type"
            onClick={() => {
              edit((_, types) => ({ relationTypes: [...types, newRelationType()] }));
              requestAnimationFrame(() =>
                document
                  .querySelector<HTMLInputElement>(
                    `[data-testid="relation-type-row"]:last-child [data-testid="relation-type-name"]`,
                  )
                  ?.focus(),
              );
            }}
          >
            + Add relation type
          </button>
        </section>
      </div>
    </main>
  );
}
