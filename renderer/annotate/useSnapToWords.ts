// Whether new spans snap to whole words: on by default, remembered on this machine.
import { useCallback, useState } from 'react';

const KEY = 'spanmark.snapToWords';

/** The snapping toggle's value and setter. */
export function useSnapToWords(): [boolean, (snap: boolean) => void] {
  const [snap, setSnap] = useState(() => {
    try {
      return window.localStorage.getItem(KEY) !== 'false';
    } catch {
      return true;
    }
  });
  const change = useCallback((next: boolean) => {
    setSnap(next);
    try {
      window.localStorage.setItem(KEY, String(next));
    } catch {
      // Storage can be unavailable; the choice still holds for this window.
    }
  }, []);
  return [snap, change];
}
