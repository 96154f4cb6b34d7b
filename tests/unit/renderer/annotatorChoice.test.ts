import { describe, expect, it } from 'vitest';
import { initialAnnotator, saveAnnotator, savedAnnotator } from '../../../renderer/app/annotatorChoice';
import { windowTitle } from '../../../renderer/app/windowTitle';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('initialAnnotator', () => {
  it('prefers the annotator given to `spanmark serve --annotator`', () => {
    expect(initialAnnotator({ defaultAnnotator: 'carol', saved: 'bob', annotators: ['alice', 'bob'] })).toBe('carol');
  });

  it('falls back to the annotator saved for the project while it still exists', () => {
    expect(initialAnnotator({ defaultAnnotator: null, saved: 'bob', annotators: ['alice', 'bob'] })).toBe('bob');
    expect(initialAnnotator({ defaultAnnotator: null, saved: 'gone', annotators: ['alice', 'bob'] })).toBeNull();
  });

  it('picks the only annotator but does not guess among several', () => {
    expect(initialAnnotator({ defaultAnnotator: null, saved: null, annotators: ['alice'] })).toBe('alice');
    expect(initialAnnotator({ defaultAnnotator: null, saved: null, annotators: ['alice', 'bob'] })).toBeNull();
    expect(initialAnnotator({ defaultAnnotator: null, saved: null, annotators: [] })).toBeNull();
  });
});

describe('saved annotators', () => {
  it('are remembered per project path', () => {
    const storage = new MemoryStorage();
    saveAnnotator(storage, '/a.spanmark', 'alice');
    saveAnnotator(storage, '/b.spanmark', 'bob');
    expect(savedAnnotator(storage, '/a.spanmark')).toBe('alice');
    expect(savedAnnotator(storage, '/b.spanmark')).toBe('bob');
    expect(savedAnnotator(storage, '/c.spanmark')).toBeNull();
  });
});

describe('windowTitle', () => {
  it('names the app, the project and the annotator', () => {
    expect(windowTitle('corpus', 'alice')).toBe('Spanmark — corpus — alice');
    expect(windowTitle('corpus', null)).toBe('Spanmark — corpus');
    expect(windowTitle(null, null)).toBe('Spanmark');
  });
});
