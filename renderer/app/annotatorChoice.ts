// Who is annotating when a project opens: the session's explicit choice, else the one last picked
// by this user in this project (kept in the project file), else the only annotator there is.

/** What decides the annotator picked when a project opens. */
export interface AnnotatorCandidates {
  /** From `spanmark serve --annotator`: an explicit choice for this session, so it wins. */
  defaultAnnotator: string | null;
  /** The last one this user picked in this project. */
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
