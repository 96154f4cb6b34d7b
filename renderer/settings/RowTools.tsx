// Move up, move down and remove for one row of a list; the buttons name the row they act on.

interface RowToolsProps {
  /** The row's name as read out, e.g. "Claim". */
  name: string;
  rowId: string;
  testIdPrefix: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** Three small icon buttons; focus stays on a move button as its row moves. */
export function RowTools({ name, rowId, testIdPrefix, index, count, onMove, onRemove }: RowToolsProps) {
  const move = (delta: -1 | 1) => {
    onMove(delta);
    keepFocusOnMoveButton(rowId, delta);
  };
  return (
    <div className="row-tools">
      <button
        type="button"
        id={`${rowId}-up`}
        className="icon-button"
        data-testid={`${testIdPrefix}-move-up`}
        aria-label={`Move ${name} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        id={`${rowId}-down`}
        className="icon-button"
        data-testid={`${testIdPrefix}-move-down`}
        aria-label={`Move ${name} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => move(1)}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button icon-button-danger"
        data-testid={`${testIdPrefix}-remove`}
        aria-label={`Remove ${name}`}
        title="Remove"
        onClick={onRemove}
      >
        ✕
      </button>
    </div>
  );
}

// React may move the focused row's element to reorder the list, which drops focus; put it back on
// the same button, or on the other one when the row reached an end and this one is disabled.
function keepFocusOnMoveButton(rowId: string, delta: -1 | 1): void {
  requestAnimationFrame(() => {
    const same = document.getElementById(`${rowId}-${delta < 0 ? 'up' : 'down'}`) as HTMLButtonElement | null;
    const other = document.getElementById(`${rowId}-${delta < 0 ? 'down' : 'up'}`) as HTMLButtonElement | null;
    (same !== null && !same.disabled ? same : other)?.focus();
  });
}
