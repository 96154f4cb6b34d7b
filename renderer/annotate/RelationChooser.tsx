// After the target of a link is chosen: which kind of link it is (supports, contradicts, …).
import type { RelationType } from '../../shared/domain';
import { Popover } from './Popover';

interface RelationChooserProps {
  types: readonly RelationType[];
  fromName: string;
  toName: string;
  at: { x: number; y: number };
  onPick: (type: string) => void;
  onCancel: () => void;
}

/** The relation types as buttons; number keys pick them too. */
export function RelationChooser({ types, fromName, toName, at, onPick, onCancel }: RelationChooserProps) {
  return (
    <Popover at={at} label="Choose the kind of link" testId="relation-chooser" onClose={onCancel}>
      <p className="menu-title">
        {fromName} → {toName}
      </p>
      <div
        className="menu-list"
        onKeyDown={(event) => {
          const index = Number(event.key) - 1;
          if (Number.isInteger(index) && types[index] !== undefined) {
            event.preventDefault();
            onPick(types[index]!.key);
          }
        }}
      >
        {types.map((type, index) => (
          <button
            key={type.key}
            type="button"
            className="menu-item"
            data-testid="relation-type"
            data-relation-type={type.key}
            title={type.description}
            autoFocus={index === 0}
            onClick={() => onPick(type.key)}
          >
            <kbd className="palette-key">{index + 1}</kbd>
            <span className="menu-item-name">{type.name}</span>
          </button>
        ))}
      </div>
    </Popover>
  );
}
