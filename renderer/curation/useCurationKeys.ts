// The curation view's keys, registered with the keyboard layer while the view is open; typing in a
// field, a dialog and Enter on a focused button keep their own meaning.
import { useKeyCommands } from '../keyboard/useKeyCommands';
import { CURATION_COMMANDS, type CurationCommandId } from './curationKeys';

/** Runs `run` for each key press that means something in the curation view; `active` false pauses it. */
export function useCurationKeys(active: boolean, run: (id: CurationCommandId, event: KeyboardEvent) => void): void {
  useKeyCommands('curation', 'Curate', active ? CURATION_COMMANDS : null, run);
}
