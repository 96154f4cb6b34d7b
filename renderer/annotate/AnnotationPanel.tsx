// The side panel: the link-mode banner, the selected span's details (or a hint), and the span list.
import { memo, useCallback } from 'react';
import type { LabelScheme } from '../../shared/domain';
import type { AnnotationCommands } from './annotationCommands';
import type { AnnotationEditor } from './annotationEditor';
import type { AnnotationStore } from './annotationStore';
import { SpanDetails } from './SpanDetails';
import { SpanList } from './SpanList';
import { spanTitle } from './spanName';
import { useStoreSnapshot } from './useStoreSnapshot';

interface AnnotationPanelProps {
  store: AnnotationStore;
  scheme: LabelScheme;
  annotator: string;
  commands: AnnotationCommands;
  editor: AnnotationEditor;
}

/** The panel beside the article; it follows the store on its own, not with the whole page. */
export const AnnotationPanel = memo(function AnnotationPanel({
  store,
  scheme,
  annotator,
  commands,
  editor,
}: AnnotationPanelProps) {
  const snapshot = useStoreSnapshot(store);
  const selected = snapshot.selectedId === null ? undefined : snapshot.byId.get(snapshot.selectedId);
  const pick = useCallback((id: string) => commands.select(id, true), [commands]);
  return (
    <aside className="annotation-panel" data-testid="annotation-panel" aria-label="Spans">
      {snapshot.linkFromId !== null && (
        <p className="link-banner" data-testid="link-banner" role="status">
          Linking from {spanTitle(scheme, snapshot.byId.get(snapshot.linkFromId))}: click the target span, or Tab to it
          and press Enter. Esc cancels.
        </p>
      )}
      {selected !== undefined ? (
        <SpanDetails
          span={selected}
          snapshot={snapshot}
          scheme={scheme}
          annotator={annotator}
          commands={commands}
          editor={editor}
        />
      ) : (
        <p className="panel-hint">
          Select text and press <kbd>1</kbd>–<kbd>4</kbd> (or click a label) to mark a span. Click a span, or press{' '}
          <kbd>Tab</kbd> in the text, to see and edit it.
        </p>
      )}
      <SpanList snapshot={snapshot} scheme={scheme} annotator={annotator} onPick={pick} />
    </aside>
  );
});
