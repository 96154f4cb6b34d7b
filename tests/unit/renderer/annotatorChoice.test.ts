import { describe, expect, it } from 'vitest';
import { initialAnnotator } from '../../../renderer/app/annotatorChoice';
import { windowTitle } from '../../../renderer/app/windowTitle';

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

describe('windowTitle', () => {
  it('names the app, the project and the annotator', () => {
    expect(windowTitle('corpus', 'alice')).toBe('Spanmark — corpus — alice');
    expect(windowTitle('corpus', null)).toBe('Spanmark — corpus');
    expect(windowTitle(null, null)).toBe('Spanmark');
  });
});
