// The reader's text selection in the article, read from and moved in the DOM. The view is not
// editable, so the browser's own selection is the truth; ProseMirror positions map it to offsets.
import { TextSelection, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { ArticlePositions } from './articleDoc';
import type { CodePointRange } from './selectionSnapping';

/** The selected code-point range inside the article, or null when nothing there is selected. */
export function selectedRange(view: EditorView, positions: ArticlePositions): CodePointRange | null {
  const selection = view.dom.ownerDocument.getSelection();
  if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const { anchorNode, focusNode } = selection;
  if (anchorNode === null || focusNode === null || !view.dom.contains(anchorNode) || !view.dom.contains(focusNode))
    return null;
  const a = view.posAtDOM(anchorNode, selection.anchorOffset);
  const b = view.posAtDOM(focusNode, selection.focusOffset);
  const start = positions.codePointFromPos(Math.min(a, b), 1);
  const end = positions.codePointFromPos(Math.max(a, b), -1);
  return start < end ? { start, end } : null;
}

/** Whether the reader has a caret or a selection inside the article. */
export function hasSelectionIn(view: EditorView): boolean {
  const selection = view.dom.ownerDocument.getSelection();
  return (
    selection !== null &&
    selection.rangeCount > 0 &&
    selection.focusNode !== null &&
    view.dom.contains(selection.focusNode)
  );
}

/** Grows or shrinks the selection's moving end by a character, word or line; left/right follow the arrows on screen. */
export function extendSelection(
  view: EditorView,
  direction: 'left' | 'right' | 'backward' | 'forward',
  unit: 'character' | 'word' | 'line',
): boolean {
  const selection = view.dom.ownerDocument.getSelection();
  if (selection === null || !hasSelectionIn(view)) return false;
  selection.modify('extend', direction, unit);
  return true;
}

/** Puts the caret at a code-point offset, the start of a keyboard selection. */
export function placeCaret(view: EditorView, positions: ArticlePositions, offset: number): void {
  const { node, offset: domOffset } = view.domAtPos(positions.posFromCodePoint(offset, 1));
  view.dom.ownerDocument.getSelection()?.collapse(node, domOffset);
}

/** Clears the text selection (after it became a span). */
export function clearSelection(view: EditorView): void {
  view.dom.ownerDocument.getSelection()?.removeAllRanges();
}

/**
 * Carries the browser's current selection into a transaction. A redraw writes the state's
 * selection back to the DOM, and the state only learns of a new click or drag a moment later
 * (on selectionchange); without this, redrawing right after a click would undo the click.
 */
export function withDomSelection(view: EditorView, tr: Transaction): Transaction {
  const selection = view.dom.ownerDocument.getSelection();
  if (selection === null || selection.rangeCount === 0 || !hasSelectionIn(view)) return tr;
  const { anchorNode, focusNode } = selection;
  if (anchorNode === null || focusNode === null || !view.dom.contains(anchorNode)) return tr;
  const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(focusNode, selection.focusOffset);
  return tr.setSelection(TextSelection.between(tr.doc.resolve(anchor), tr.doc.resolve(head)));
}
