// The current annotator of the open project, preselected on open and remembered (in the project
// file, per user) when picked.
import { useCallback, useState } from 'react';
import type { SessionInfo } from '../../shared/domain';
import { initialAnnotator } from './annotatorChoice';
import type { UserSettingsState } from './useUserSettings';

export interface AnnotatorChoice {
  current: string | null;
  choose(annotator: string): void;
}

/** Tracks who annotates in the open project; a pick is kept in the user's settings of that project. */
export function useAnnotator(
  session: SessionInfo | null,
  annotators: readonly string[],
  userSettings: UserSettingsState,
): AnnotatorChoice {
  // A pick in this window wins over `serve --annotator` until the next start; it belongs to its project.
  const [picked, setPicked] = useState<{ projectPath: string; annotator: string } | null>(null);
  const projectPath = session?.projectPath ?? null;
  let current: string | null = null;
  if (session !== null) {
    current =
      picked !== null && picked.projectPath === session.projectPath
        ? picked.annotator
        : initialAnnotator({
            defaultAnnotator: session.defaultAnnotator,
            saved: userSettings.settings.annotator,
            annotators,
          });
  }
  const { update } = userSettings;
  const choose = useCallback(
    (annotator: string) => {
      if (projectPath === null) return;
      setPicked({ projectPath, annotator });
      update({ annotator });
    },
    [projectPath, update],
  );
  return { current, choose };
}
