import { describe, expect, it } from 'vitest';
import { saveShowOthers, savedShowOthers } from '../../../renderer/app/showOthersChoice';

/** The part of Storage the choice uses, backed by a Map. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('show other annotators, per project', () => {
  it('is off (blind) until switched on', () => {
    expect(savedShowOthers(memoryStorage(), '/p/a.spanmark')).toBe(false);
  });

  it('remembers the switch per project path', () => {
    const storage = memoryStorage();
    saveShowOthers(storage, '/p/a.spanmark', true);
    expect(savedShowOthers(storage, '/p/a.spanmark')).toBe(true);
    expect(savedShowOthers(storage, '/p/b.spanmark')).toBe(false);
    saveShowOthers(storage, '/p/a.spanmark', false);
    expect(savedShowOthers(storage, '/p/a.spanmark')).toBe(false);
  });

  it('reads anything but a saved "true" as blind', () => {
    const storage = memoryStorage();
    storage.setItem('spanmark.showOtherAnnotators:/p/a.spanmark', 'yes');
    expect(savedShowOthers(storage, '/p/a.spanmark')).toBe(false);
  });
});
