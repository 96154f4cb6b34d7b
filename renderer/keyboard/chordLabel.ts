// How a chord is written for people: "Shift-Mod-z" reads "Ctrl+Shift+Z" (⌘ on a Mac).
const mac = typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/u.test(navigator.platform);

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  ' ': 'Space',
  Space: 'Space',
};

/** The chord as it is printed on a key cap, e.g. "Ctrl+Shift+Z" or "Alt+←". */
export function chordLabel(chord: string): string {
  const parts = chord.split(/-(?!$)/u);
  const key = parts[parts.length - 1]!;
  const modifiers = new Set(parts.slice(0, -1).map((part) => part.toLowerCase()));
  const names: string[] = [];
  if (modifiers.has('mod')) names.push(mac ? '⌘' : 'Ctrl');
  if (modifiers.has('ctrl')) names.push('Ctrl');
  if (modifiers.has('meta') || modifiers.has('cmd')) names.push('⌘');
  if (modifiers.has('alt')) names.push('Alt');
  if (modifiers.has('shift')) names.push('Shift');
  names.push(KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key));
  return names.join('+');
}

/** Every chord's label, without repeats. */
export function chordLabels(chords: readonly string[]): string[] {
  return [...new Set(chords.map(chordLabel))];
}
