// The blind-mode switch of the open project, kept in the user's settings in the project file so a
// project set up for blind annotation stays blind after a restart.
import { useCallback } from 'react';
import type { UserSettingsState } from './useUserSettings';

export interface ShowOtherAnnotators {
  show: boolean;
  setShow(show: boolean): void;
}

/** Whether the other annotators' spans are shown; hidden (blind) until switched on. */
export function useShowOtherAnnotators(userSettings: UserSettingsState): ShowOtherAnnotators {
  const { update } = userSettings;
  const setShow = useCallback((show: boolean) => update({ showOtherAnnotators: show }), [update]);
  return { show: userSettings.settings.showOtherAnnotators, setShow };
}
