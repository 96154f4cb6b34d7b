// Who is annotating: remembered per project in localStorage, so two projects can have different
// annotators on the same machine.

const KEY_PREFIX = 'spanmark.annotator:';

/** What decides the annotator picked when a project opens. */
export interface AnnotatorCandidates {
  /** From `spanmark serve --annotator`: an explicit choice for this session, so it wins. */
  defaultAnnotator: string | null;
  /** The last one picked in this project on this machine. */
  saved: string | null;
  annotators: readonly string[];
}

/** The annotator to preselect: the session's default, else the saved one if it still exists, else the only one. */
export function initialAnnotator({ defaultAnnotator, saved, annotators }: AnnotatorCandidates): string | null {
  if (defaultAnnotator !== null && defaultAnnotator !== '') return defaultAnnotator;
  if (saved !== null && annotators.includes(saved)) return saved;
  // With several annotators, guessing would put spans under someone else's name.
  return annotators.length === 1 ? annotators[0]! : null;
}

/** The annotator last picked for a project, or null. */
export function savedAnnotator(storage: Storage, projectPath: string): string | null {
  return storage.getItem(KEY_PREFIX + projectPath);
}

/** Remembers the annotator picked for a project. */
export function saveAnnotator(storage: Storage, projectPath: string, annotator: string): void {
  storage.setItem(KEY_PREFIX + projectPath, annotator);
}
