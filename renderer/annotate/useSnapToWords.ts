// Whether new spans snap to whole words: on by default, kept in the user's settings in the project
// file (browser storage is per port and would forget it on the next start).
import { useCallback } from 'react';
import { useUserSettingsContext } from '../app/useUserSettings';

/** The snapping toggle's value and setter. */
export function useSnapToWords(): [boolean, (snap: boolean) => void] {
  const { settings, update } = useUserSettingsContext();
  const change = useCallback((snapToWords: boolean) => update({ snapToWords }), [update]);
  return [settings.snapToWords, change];
}
