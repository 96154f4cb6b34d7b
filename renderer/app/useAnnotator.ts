// The current annotator of the open project, preselected on open and remembered when picked.
import { useCallback, useState } from 'react';
import type { SessionInfo } from '../../shared/domain';
import { initialAnnotator, saveAnnotator, savedAnnotator } from './annotatorChoice';

export interface AnnotatorChoice {
  current: string | null;
  choose(annotator: string): void;
}

/** Tracks who annotates in the open project; a pick is saved per project path. */
export function useAnnotator(session: SessionInfo | null, annotators: readonly string[]): AnnotatorChoice {
  // A pick belongs to the project it was made in, so opening another project starts afresh.
  const [picked, setPicked] = useState<{ projectPath: string; annotator: string } | null>(null);
  const projectPath = session?.projectPath ?? null;

  let current: string | null = null;
  if (session !== null) {
    current =
      picked !== null && picked.projectPath === session.projectPath
        ? picked.annotator
        : initialAnnotator({
            defaultAnnotator: session.defaultAnnotator,
            saved: readSaved(session.projectPath),
            annotators,
          });
  }

  const choose = useCallback(
    (annotator: string) => {
      if (projectPath === null) return;
      setPicked({ projectPath, annotator });
      try {
        saveAnnotator(window.localStorage, projectPath, annotator);
      } catch {
        // Storage can be unavailable (private modes, quotas); the pick still holds for this window.
      }
    },
    [projectPath],
  );

  return { current, choose };
}

function readSaved(projectPath: string): string | null {
  try {
    return savedAnnotator(window.localStorage, projectPath);
  } catch {
    return null;
  }
}
