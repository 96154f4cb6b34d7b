import type { RowChange } from './schemeDraft';

/** "New" or "Edited", so unsaved rows stand out. */
export function ChangeTag({ change }: { change: RowChange }) {
  return (
    <span className={`change-tag change-tag-${change}`} data-testid="change-tag">
      {change === 'new' ? 'New' : 'Edited'}
    </span>
  );
}
