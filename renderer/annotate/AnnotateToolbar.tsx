// The bar above the article: the label palette (click or press the key), word snapping, undo and
// redo, and the save indicator.
import { memo, useMemo, type CSSProperties } from 'react';
import type { LabelScheme } from '../../shared/domain';
import { ShortcutsButton } from '../keyboard/ShortcutsButton';
import type { AnnotationCommands } from './annotationCommands';
import type { AnnotationStore } from './annotationStore';
import { SaveStatus } from './SaveStatus';
import { topLabels } from './schemeLabels';
import { useStoreSnapshot } from './useStoreSnapshot';

interface AnnotateToolbarProps {
  store: AnnotationStore;
  scheme: LabelScheme;
  commands: AnnotationCommands;
  snapToWords: boolean;
  onSnapToWordsChange: (snap: boolean) => void;
}

/** Label buttons with colours and keys (each label's description shows on hover), snapping, undo, redo. */
export const AnnotateToolbar = memo(function AnnotateToolbar({
  store,
  scheme,
  commands,
  snapToWords,
  onSnapToWordsChange,
}: AnnotateToolbarProps) {
  const snapshot = useStoreSnapshot(store);
  const labels = useMemo(() => topLabels(scheme), [scheme]);
  const onLabel = (key: string) => commands.applyLabel(key);
  const onUndo = () => commands.undo();
  const onRedo = () => commands.redo();
  return (
    <div className="annotate-toolbar" role="toolbar" aria-label="Labels">
      <div className="label-palette" data-testid="label-palette">
        {labels.map((label) => (
          <button
            key={label.key}
            type="button"
            className="palette-button"
            data-testid="palette-label"
            data-label={label.key}
            title={label.description === '' ? label.name : `${label.name}: ${label.description}`}
            style={{ '--label-color': label.color } as CSSProperties}
            // Keep the text selection and focus where they are; the click only applies the label.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onLabel(label.key)}
          >
            <span className="palette-swatch" aria-hidden="true" />
            <span className="palette-name">{label.name}</span>
            {label.shortcut !== null && <kbd className="palette-key">{label.shortcut}</kbd>}
          </button>
        ))}
      </div>
      <span className="toolbar-spacer" />
      <label className="snap-toggle" title="Off: spans start and end exactly where the selection does">
        <input
          type="checkbox"
          data-testid="snap-toggle"
          checked={snapToWords}
          onChange={(event) => onSnapToWordsChange(event.target.checked)}
        />
        Snap to words
      </label>
      <div className="history-buttons">
        <button
          type="button"
          className="button button-quiet button-icon"
          data-testid="undo-button"
          title="Undo (Ctrl+Z)"
          disabled={!snapshot.history.canUndo}
          onMouseDown={(event) => event.preventDefault()}
          onClick={onUndo}
        >
          <span aria-hidden="true">↶</span>
          <span className="visually-hidden">Undo</span>
        </button>
        <button
          type="button"
          className="button button-quiet button-icon"
          data-testid="redo-button"
          title="Redo (Ctrl+Shift+Z or Ctrl+Y)"
          disabled={!snapshot.history.canRedo}
          onMouseDown={(event) => event.preventDefault()}
          onClick={onRedo}
        >
          <span aria-hidden="true">↷</span>
          <span className="visually-hidden">Redo</span>
        </button>
      </div>
      <SaveStatus snapshot={snapshot} />
      <ShortcutsButton />
    </div>
  );
});
