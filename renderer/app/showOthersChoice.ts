// Blind mode: whether the other annotators' spans are shown, remembered per project in
// localStorage like the annotator choice, so a project set up for blind annotation stays blind.

const KEY_PREFIX = 'spanmark.showOtherAnnotators:';

/** Whether the other annotators' spans were last shown in a project; hidden unless switched on. */
export function savedShowOthers(storage: Storage, projectPath: string): boolean {
  return storage.getItem(KEY_PREFIX + projectPath) === 'true';
}

/** Remembers whether the other annotators' spans are shown in a project. */
export function saveShowOthers(storage: Storage, projectPath: string, show: boolean): void {
  storage.setItem(KEY_PREFIX + projectPath, show ? 'true' : 'false');
}
