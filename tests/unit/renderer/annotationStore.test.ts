import { describe, expect, it } from 'vitest';
import type { Span } from '../../../shared/domain';
import { AnnotationStore, type StoreChange } from '../../../renderer/annotate/annotationStore';

function span(id: string, start: number, end: number, extra: Partial<Span> = {}): Span {
  return {
    id,
    start,
    end,
    label: 'claim',
    technique: null,
    annotator: 'ana',
    note: '',
    quote: '',
    attributes: {},
    ...extra,
  };
}

function storeWith(spans: Span[]) {
  const store = new AnnotationStore({
    document: 'd',
    spans,
    relations: [{ id: 'r', type: 'supports', from: 'a', to: 'b', annotator: 'ana' }],
    history: { canUndo: false, canRedo: false },
  });
  const heard: StoreChange[] = [];
  store.subscribe((change) => heard.push(change));
  return { store, heard };
}

describe('the annotation store', () => {
  it('reports which spans a change touched, and keeps them in text order', () => {
    const { store, heard } = storeWith([span('a', 10, 20), span('b', 0, 5)]);
    store.apply([{ kind: 'span.create', span: span('c', 3, 8), relations: [] }]);
    expect([...heard[0]!.spanIds]).toEqual(['c']);
    expect(
      store
        .getSnapshot()
        .inTextOrder.inTextOrder()
        .map((s) => s.id),
    ).toEqual(['b', 'c', 'a']);
    store.apply([{ kind: 'span.update', before: span('a', 10, 20), after: span('a', 1, 2) }]);
    expect(
      store
        .getSnapshot()
        .inTextOrder.inTextOrder()
        .map((s) => s.id),
    ).toEqual(['b', 'a', 'c']);
    expect(store.getSnapshot().byId.get('a')?.start).toBe(1);
  });

  it('tells listeners once about everything done in a batch', () => {
    const { store, heard } = storeWith([span('a', 10, 20), span('b', 0, 5)]);
    store.batch(() => {
      store.setSaveState('n', 'saving');
      store.apply([{ kind: 'span.create', span: span('n', 30, 40), relations: [] }]);
      store.select('n');
      store.addPendingWrites(1);
    });
    expect(heard).toHaveLength(1);
    expect([...heard[0]!.spanIds].sort()).toEqual(['n']);
    expect(heard[0]!.marksChanged).toBe(true);
    expect(store.getSnapshot()).toMatchObject({ selectedId: 'n', pendingWrites: 1 });
    expect(store.getSnapshot().saveStates.get('n')).toBe('saving');
  });

  it('drops the selection and the span’s relations when the selected span is deleted', () => {
    const { store, heard } = storeWith([span('a', 10, 20), span('b', 0, 5)]);
    store.select('a');
    store.apply([{ kind: 'span.delete', span: span('a', 10, 20), relations: [] }]);
    expect(store.getSnapshot().selectedId).toBeNull();
    expect(store.getSnapshot().relations).toEqual([]);
    expect(heard.at(-1)!.marksChanged).toBe(true);
  });

  it('keeps refused new spans through a reload, which only the window knows of', () => {
    const { store } = storeWith([span('a', 10, 20)]);
    store.apply([{ kind: 'span.create', span: span('lost', 30, 40), relations: [] }]);
    store.setSaveState('lost', 'failed', 'the disk is full');
    store.replaceAll({
      document: 'd',
      spans: [span('a', 10, 20), span('z', 50, 60)],
      relations: [],
      history: { canUndo: true, canRedo: false },
    });
    expect(
      store
        .getSnapshot()
        .spans.map((s) => s.id)
        .sort(),
    ).toEqual(['a', 'lost', 'z']);
    expect(store.getSnapshot().saveErrors.get('lost')).toBe('the disk is full');
    expect(store.getSnapshot().history.canUndo).toBe(true);
  });
});
