// Lists what Save would remove, so a removal is as visible as an edit until it is saved.
import type { RemovedItem } from './schemeDraft';

/** "Removed when you save: label Opinion (opinion), …"; nothing when nothing is removed. */
export function RemovedNotice({ items }: { items: readonly RemovedItem[] }) {
  if (items.length === 0) return null;
  return (
    <div className="removed-notice" data-testid="removed-notice">
      <span className="removed-notice-title">Removed when you save:</span>
      <ul className="removed-list">
        {items.map((item) => (
          <li key={`${item.kind}/${item.key}`} data-key={item.key}>
            {item.kind} <strong>{item.name}</strong> <code>{item.key}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
