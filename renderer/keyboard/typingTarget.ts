// The one answer to "is the user typing?": keys pressed in a text field, a select or editable
// text belong to that field, never to a view's commands. Radio buttons and checkboxes are not
// typing; a modal dialog is handled by the keyboard layer as a whole.

/** True when the key press went to a field that uses keys itself. */
export function isTypingIn(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.matches(
    'input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]), textarea, select',
  );
}
