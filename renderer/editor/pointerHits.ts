// Which character of the article is under the pointer, as a code-point offset. The browser gives
// the caret gap nearest the point; the character on either side whose box holds the point wins,
// so a click in the margin or past a line's end hits nothing.
import type { EditorView } from 'prosemirror-view';
import type { ArticlePositions } from './articleDoc';

/** The code-point offset of the character under the viewport point (x, y), or null off the text. */
export function charOffsetAtPoint(view: EditorView, positions: ArticlePositions, x: number, y: number): number | null {
  const caret = caretAt(x, y);
  if (caret === null || caret.node.nodeType !== Node.TEXT_NODE || !view.dom.contains(caret.node)) return null;
  const text = caret.node as Text;
  for (let offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0 || offset >= text.length) continue;
    // Never measure half of an astral character.
    if (isLowSurrogate(text.data.charCodeAt(offset)) && offset > 0) offset--;
    const range = document.createRange();
    range.setStart(text, offset);
    range.setEnd(text, Math.min(text.length, offset + charLength(text.data, offset)));
    if ([...range.getClientRects()].some((rect) => holds(rect, x, y))) {
      return positions.codePointFromPos(view.posAtDOM(text, offset), -1);
    }
  }
  return null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position === null ? null : { node: position.offsetNode, offset: position.offset };
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function charLength(data: string, offset: number): number {
  const unit = data.charCodeAt(offset);
  return unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function holds(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}
