// The full-window curation view: compare annotators, auto-merge into gold, then walk the remaining
// disagreements one at a time, accepting a version, editing one, or rejecting all. Every step is
// an undoable edit of the gold annotator.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { LabelScheme } from '../../shared/domain';
import { ErrorBanner } from '../common/ErrorBanner';
import { unhandledCommand } from '../keyboard/keyCommand';
import { CurationBar } from './CurationBar';
import { versionOfKey, type CurationCommandId } from './curationKeys';
import { EditSpanForm } from './EditSpanForm';
import { GroupCard } from './GroupCard';
import { MergeSetup } from './MergeSetup';
import { spanLabels } from './spanLabels';
import { useCuration } from './useCuration';
import { useCurationKeys } from './useCurationKeys';
import '../styles/curation.css';

interface CurationViewProps {
  client: ApiClient;
  scheme: LabelScheme | null;
  /** Tells the app that gold changed, so the document list refreshes its counts. */
  onChanged: () => void;
  onClose: () => void;
}

/** Builds the gold annotator from the others. */
export function CurationView({ client, scheme, onChanged, onClose }: CurationViewProps) {
  const curation = useCuration(client, onChanged);
  const labels = useMemo(() => spanLabels(scheme), [scheme]);
  const [chosen, setChosen] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { current, editing } = curation;
  const versions = current?.group.versions.length ?? 0;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    setChosen(0);
  }, [current?.group.key]);

  useCurationKeys(editing === null, (id: CurationCommandId, event) => {
    switch (id) {
      case 'next':
        return curation.next();
      case 'previous':
        return curation.previous();
      case 'choose-next':
      case 'choose-previous':
        return setChosen((index) =>
          Math.min(Math.max(index + (id === 'choose-next' ? 1 : -1), 0), Math.max(versions - 1, 0)),
        );
      case 'accept':
        return curation.accept(versionOfKey(event.key));
      case 'accept-chosen':
        return curation.accept(chosen);
      case 'edit':
        return curation.startEdit(chosen);
      case 'reject':
        return current === null ? undefined : curation.reject();
      case 'undo':
        return curation.undo();
      case 'redo':
        return curation.redo();
      default:
        return unhandledCommand(id);
    }
  });

  return (
    <main
      className="curation-view"
      data-testid="curation-view"
      data-busy={curation.busy}
      aria-labelledby="curation-title"
      aria-busy={curation.busy}
    >
      <CurationBar
        progress={curation.progress}
        idleText={
          !curation.loaded
            ? 'Loading…'
            : curation.selection.length === 0
              ? 'Choose annotators to compare'
              : 'Nothing to compare'
        }
        busy={curation.busy}
        onUndo={curation.undo}
        onRedo={curation.redo}
        onClose={onClose}
      />
      {curation.error !== null && <ErrorBanner message={curation.error} onDismiss={curation.dismissError} />}
      <div className="curation-content">
        <h1 id="curation-title" className="curation-title" tabIndex={-1} ref={headingRef}>
          Curate gold
        </h1>
        <p className="curation-intro">
          Auto-merge copies into <strong>gold</strong> every span enough annotators agree on; then settle what is left,
          one group of overlapping spans at a time. Every step can be undone.
        </p>
        <MergeSetup
          candidates={curation.candidates}
          selection={curation.selection}
          k={curation.k}
          busy={curation.busy}
          report={curation.report}
          onSelection={curation.setSelection}
          onK={curation.setK}
          onAutoMerge={curation.autoMerge}
        />
        <p className="curation-notice" role="status" data-testid="curation-notice">
          {curation.notice}
        </p>
        {editing !== null ? (
          <EditSpanForm
            key={editing.spans.map((span) => span.id).join(' ')}
            where={`${editing.at.title} (${editing.at.document}), characters ${editing.at.group.start}–${editing.at.group.end}`}
            text={editing.at.text}
            spans={editing.spans}
            scheme={scheme}
            labels={labels}
            busy={curation.busy}
            onSave={curation.saveEdit}
            onCancel={curation.cancelEdit}
          />
        ) : current !== null ? (
          <GroupCard
            at={current}
            chosen={chosen}
            labels={labels}
            busy={curation.busy}
            canNext={curation.canNext}
            canPrevious={curation.canPrevious}
            onChoose={setChosen}
            onAccept={curation.accept}
            onEdit={curation.startEdit}
            onReject={curation.reject}
            onNext={curation.next}
            onPrevious={curation.previous}
          />
        ) : curation.loaded && curation.selection.length > 0 ? (
          <p className="curation-done" data-testid="curation-done">
            {curation.progress !== null && curation.progress.decided > 0
              ? 'Every disagreement is settled. Gold exports like any annotator: choose it in Export.'
              : 'No disagreements to settle among these annotators. Run Auto-merge to build gold, or compare other annotators.'}
          </p>
        ) : null}
      </div>
    </main>
  );
}
