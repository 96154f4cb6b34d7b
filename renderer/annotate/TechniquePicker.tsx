// The quick picker that follows the propaganda key: type to filter the techniques, arrows and
// Enter to choose, a click works too, Escape leaves the span without a technique for now.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Label } from '../../shared/domain';
import { Popover } from './Popover';

interface TechniquePickerProps {
  techniques: readonly Label[];
  current: string | null;
  at: { x: number; y: number };
  onPick: (technique: string) => void;
  onSkip: () => void;
}

/** A typeahead list of a label's techniques. */
export function TechniquePicker({ techniques, current, at, onPick, onSkip }: TechniquePickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      techniques.findIndex((t) => t.key === current),
    ),
  );
  const listId = useId();
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
    return techniques.filter((t) => words.every((word) => `${t.name} ${t.key}`.toLowerCase().includes(word)));
  }, [techniques, query]);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));
  // Keep the active option in sight while the arrows move through a long list.
  useEffect(() => {
    document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [listId, activeIndex]);

  return (
    <Popover at={at} label="Choose a technique" testId="technique-picker" onClose={onSkip}>
      <input
        className="input picker-input"
        data-testid="technique-filter"
        placeholder="Type to filter techniques…"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown[activeIndex] ? `${listId}-${activeIndex}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((activeIndex + step + shown.length) % Math.max(1, shown.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            const chosen = shown[activeIndex];
            if (chosen !== undefined) onPick(chosen.key);
          }
        }}
      />
      <ul className="picker-list" id={listId} role="listbox" aria-label="Techniques">
        {shown.map((technique, index) => (
          <li
            key={technique.key}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'picker-option picker-option-active' : 'picker-option'}
            data-testid="technique-option"
            data-technique={technique.key}
            title={technique.description}
            onMouseEnter={() => setActive(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(technique.key)}
          >
            {technique.name}
            {technique.key === current && <span className="picker-current"> (current)</span>}
          </li>
        ))}
        {shown.length === 0 && <li className="picker-empty">No technique matches “{query}”.</li>}
      </ul>
      <p className="picker-hint">↑↓ to move · Enter to choose · Esc to skip (set it later in the panel)</p>
    </Popover>
  );
}
