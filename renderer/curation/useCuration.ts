// The state of the curation view: which annotators are compared, how far curation is, the group
// on screen, and the steps (auto-merge, accept, reject, edit, undo, redo), each an API call made
// as the gold annotator. Undo follows the documents this session changed, newest first.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AutoMergeReport, CurationProgress, DisagreementGroup } from '../../shared/adjudication';
import { GOLD_ANNOTATOR } from '../../shared/adjudication/types';
import type { ApiClient } from '../../shared/api';
import type { DocumentContent, EditResult, Span } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';
import { describeStep } from './describeStep';
import {
  firstPosition,
  nextPosition,
  positionAfterSettling,
  previousPosition,
  type OpenCounts,
  type WalkPosition,
} from './walkOrder';

/** The group on screen, with its document's text. */
export interface CurrentGroup {
  document: string;
  title: string;
  text: string;
  /** Its place among the document's open groups. */
  index: number;
  openInDocument: number;
  group: DisagreementGroup;
}

/** An accepted version whose gold spans are being adjusted. */
export interface EditSession {
  at: CurrentGroup;
  /** The gold spans that stand for the accepted version. */
  spans: Span[];
}

/** A span's new boundaries and label, as the edit form gives them. */
export interface SpanAdjustment {
  id: string;
  start: number;
  end: number;
  label: string;
  technique: string | null;
}

/** Everything the curation view shows and can do. */
export interface Curation {
  /** Everyone who could be compared (gold left out), and who is. */
  candidates: string[];
  selection: string[];
  setSelection(annotators: string[]): void;
  k: number;
  setK(k: number): void;
  progress: CurationProgress | null;
  current: CurrentGroup | null;
  /** False until the first answer arrives. */
  loaded: boolean;
  canNext: boolean;
  canPrevious: boolean;
  report: AutoMergeReport | null;
  editing: EditSession | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
  dismissError(): void;
  autoMerge(): void;
  next(): void;
  previous(): void;
  accept(version: number): void;
  reject(): void;
  startEdit(version: number): void;
  saveEdit(adjustment: SpanAdjustment): void;
  cancelEdit(): void;
  undo(): void;
  redo(): void;
}

type Target = (counts: OpenCounts) => WalkPosition | null;

/** The curation view's state, loaded through the API client. */
export function useCuration(client: ApiClient, onChanged: () => void): Curation {
  const [candidates, setCandidates] = useState<string[]>([]);
  const [selection, setSelectionState] = useState<string[]>([]);
  const [k, setK] = useState(1);
  const [progress, setProgress] = useState<CurationProgress | null>(null);
  const [current, setCurrent] = useState<CurrentGroup | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [report, setReport] = useState<AutoMergeReport | null>(null);
  const [editing, setEditing] = useState<EditSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const order = useRef<string[]>([]);
  const contents = useRef(new Map<string, DocumentContent>());
  const undoTrail = useRef<string[]>([]);
  const redoTrail = useRef<string[]>([]);
  const generation = useRef(0);
  // Async steps read the latest values, not the ones of the render that started them.
  const latest = useRef({ selection, current, progress, busy });
  latest.current = { selection, current, progress, busy };

  const countsOf = (found: CurationProgress): OpenCounts =>
    order.current.map((document) => ({
      document,
      open: found.documents.find((entry) => entry.document === document)?.open ?? 0,
    }));

  const contentOf = useCallback(
    async (document: string) => {
      const cached = contents.current.get(document);
      if (cached !== undefined) return cached;
      const content = await client.getDocument({ id: document });
      contents.current.set(document, content);
      return content;
    },
    [client],
  );

  /** Fetches progress, then the group `target` picks (or the one with `key` in that document). */
  const load = useCallback(
    async (annotators: string[], target: Target, key?: string) => {
      const mine = ++generation.current;
      const found = await client.getCurationProgress({ annotators });
      const position = target(countsOf(found));
      let next: CurrentGroup | null = null;
      if (position !== null) {
        const [list, content] = await Promise.all([
          client.listDisagreements({ document: position.document, annotators }),
          contentOf(position.document),
        ]);
        const byKey = key === undefined ? -1 : list.groups.findIndex((group) => group.key === key);
        const index = byKey >= 0 ? byKey : Math.min(position.index, list.groups.length - 1);
        if (index >= 0) {
          next = {
            document: position.document,
            title: content.title.trim() === '' ? content.id : content.title,
            text: content.text,
            index,
            openInDocument: list.groups.length,
            group: list.groups[index]!,
          };
        }
      }
      if (mine !== generation.current) return;
      setProgress(found);
      setCurrent(next);
      setLoaded(true);
    },
    [client, contentOf],
  );

  /** Runs one step with the busy flag up and its error shown. */
  const run = useCallback(async (step: () => Promise<void>) => {
    if (latest.current.busy) return;
    setBusy(true);
    latest.current.busy = true;
    setError(null);
    try {
      await step();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
      latest.current.busy = false;
    }
  }, []);

  const stayOrAdvance = (): Target => {
    const at = latest.current.current;
    return (counts) =>
      at === null ? firstPosition(counts) : positionAfterSettling(counts, { document: at.document, index: at.index });
  };

  // First load: the documents' order and who has spans, then the first open group.
  useEffect(() => {
    void run(async () => {
      const documents = await client.listDocuments({});
      const annotators = await client.listAnnotators({});
      order.current = documents.map((document) => document.id);
      const withSpans = new Set(documents.flatMap((document) => Object.keys(document.spanCounts)));
      const everyone = [...new Set([...annotators, ...withSpans])].filter((name) => name !== GOLD_ANNOTATOR).sort();
      const compared = everyone.filter((name) => withSpans.has(name));
      setCandidates(everyone);
      setSelectionState(compared);
      setK(Math.floor(compared.length / 2) + 1);
      if (compared.length > 0) await load(compared, firstPosition);
      else setLoaded(true);
    });
  }, [client, load, run]);

  const setSelection = (annotators: string[]) => {
    setSelectionState(annotators);
    setK(Math.floor(annotators.length / 2) + 1);
    setReport(null);
    if (annotators.length === 0) {
      setProgress(null);
      setCurrent(null);
      return;
    }
    void run(() => load(annotators, firstPosition));
  };

  const changed = (document: string) => {
    undoTrail.current.push(document);
    redoTrail.current = [];
    onChanged();
  };

  const resolve = (params: { action: 'accept' | 'reject'; version?: string }): Promise<EditResult> => {
    const at = latest.current.current!;
    return client.resolveDisagreement({
      document: at.document,
      key: at.group.key,
      annotators: latest.current.selection,
      ...params,
    });
  };

  const versionAt = (index: number) => latest.current.current?.group.versions[index] ?? null;

  return {
    candidates,
    selection,
    setSelection,
    k,
    setK,
    progress,
    current,
    loaded,
    canNext: current !== null && progress !== null && nextPosition(countsOf(progress), current) !== null,
    canPrevious: current !== null && progress !== null && previousPosition(countsOf(progress), current) !== null,
    report,
    editing,
    busy,
    error,
    notice,
    dismissError: () => setError(null),
    autoMerge: () =>
      void run(async () => {
        const { selection: annotators } = latest.current;
        const result = await client.autoMerge({ annotators, k });
        for (const entry of result.documents) changed(entry.document);
        setReport(result);
        setNotice(null);
        await load(annotators, firstPosition);
      }),
    next: () =>
      void run(async () => {
        const { current: at, progress: found, selection: annotators } = latest.current;
        if (at === null || found === null) return;
        const position = nextPosition(countsOf(found), at);
        if (position !== null) await load(annotators, () => position);
      }),
    previous: () =>
      void run(async () => {
        const { current: at, progress: found, selection: annotators } = latest.current;
        if (at === null || found === null) return;
        const position = previousPosition(countsOf(found), at);
        if (position !== null) await load(annotators, () => position);
      }),
    accept: (index) =>
      void run(async () => {
        const version = versionAt(index);
        if (version === null) return;
        const target = stayOrAdvance();
        await resolve({ action: 'accept', version: version.annotator });
        changed(latest.current.current!.document);
        setNotice(`Accepted ${version.annotator}’s version.`);
        await load(latest.current.selection, target);
      }),
    reject: () =>
      void run(async () => {
        if (latest.current.current === null) return;
        const target = stayOrAdvance();
        await resolve({ action: 'reject' });
        changed(latest.current.current.document);
        setNotice('Rejected all versions; gold keeps what it had there.');
        await load(latest.current.selection, target);
      }),
    startEdit: (index) =>
      void run(async () => {
        const version = versionAt(index);
        const at = latest.current.current;
        if (version === null || at === null || version.spans.length === 0) return;
        const result = await resolve({ action: 'accept', version: version.annotator });
        changed(at.document);
        const decision = result.changes.find((change) => change.kind === 'decision.create');
        const ids = decision !== undefined && 'decision' in decision ? decision.decision.gold : [];
        const gold = await client.getAnnotations({
          document: at.document,
          annotators: [GOLD_ANNOTATOR],
          annotator: GOLD_ANNOTATOR,
        });
        setNotice(`Accepted ${version.annotator}’s version; adjust it below.`);
        setEditing({ at, spans: gold.spans.filter((span) => ids.includes(span.id)) });
      }),
    saveEdit: (adjustment) =>
      void run(async () => {
        const at = latest.current.current;
        if (at === null) return;
        const target = stayOrAdvance();
        await client.updateSpan({ document: at.document, annotator: GOLD_ANNOTATOR, ...adjustment });
        changed(at.document);
        setEditing(null);
        setNotice('Saved the edited gold span.');
        await load(latest.current.selection, target);
      }),
    cancelEdit: () =>
      void run(async () => {
        setEditing(null);
        await load(latest.current.selection, stayOrAdvance());
      }),
    undo: () =>
      void run(async () => {
        const document = undoTrail.current.pop() ?? latest.current.current?.document;
        if (document === undefined) {
          setNotice('Nothing to undo.');
          return;
        }
        const result = await client.undoEdit({ document, annotator: GOLD_ANNOTATOR });
        if (result.changes.length === 0) {
          setNotice(result.notice === undefined ? 'Nothing to undo.' : `Nothing undone: ${result.notice}.`);
          return;
        }
        redoTrail.current.push(document);
        onChanged();
        setEditing(null);
        setNotice(describeStep('undo', result.changes, document));
        const reopened = result.changes.find((change) => change.kind === 'decision.delete');
        const key = reopened !== undefined && 'decision' in reopened ? reopened.decision.key : undefined;
        const fallback = stayOrAdvance();
        await load(
          latest.current.selection,
          (counts) =>
            key !== undefined && counts.some((entry) => entry.document === document && entry.open > 0)
              ? { document, index: 0 }
              : fallback(counts),
          key,
        );
      }),
    redo: () =>
      void run(async () => {
        const document = redoTrail.current.pop() ?? latest.current.current?.document;
        if (document === undefined) {
          setNotice('Nothing to redo.');
          return;
        }
        const result = await client.redoEdit({ document, annotator: GOLD_ANNOTATOR });
        if (result.changes.length === 0) {
          setNotice(result.notice === undefined ? 'Nothing to redo.' : `Nothing redone: ${result.notice}.`);
          return;
        }
        undoTrail.current.push(document);
        onChanged();
        setNotice(describeStep('redo', result.changes, document));
        await load(latest.current.selection, stayOrAdvance());
      }),
  };
}
