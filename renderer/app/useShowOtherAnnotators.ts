// The blind-mode switch of the open project: read from localStorage when the project opens,
// written back when flipped.
import { useCallback, useState } from 'react';
import { saveShowOthers, savedShowOthers } from './showOthersChoice';

export interface ShowOtherAnnotators {
  show: boolean;
  setShow(show: boolean): void;
}

/** Whether the other annotators' spans are shown in the project at `projectPath`. */
export function useShowOtherAnnotators(projectPath: string | null): ShowOtherAnnotators {
  // A choice belongs to the project it was made in; opening another project reads that one's.
  const [picked, setPicked] = useState<{ projectPath: string; show: boolean } | null>(null);

  let show = false;
  if (projectPath !== null) show = picked !== null && picked.projectPath === projectPath ? picked.show : readSaved(projectPath);

  const setShow = useCallback(
    (next: boolean) => {
      if (projectPath === null) return;
      setPicked({ projectPath, show: next });
      try {
        saveShowOthers(window.localStorage, projectPath, next);
      } catch {
        // Storage can be unavailable (private modes, quotas); the switch still holds for this window.
      }
    },
    [projectPath],
  );

  return { show, setShow };
}

function readSaved(projectPath: string): boolean {
  try {
    return savedShowOthers(window.localStorage, projectPath);
  } catch {
    return false;
  }
}
