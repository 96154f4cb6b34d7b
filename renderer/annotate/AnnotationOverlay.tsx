// An SVG layer over the article: an outline around the selected span and the arcs of the links
// of the selected or hovered span, labelled with their type.
import { memo, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { LabelScheme, Span } from '../../shared/domain';
import type { ArticlePositions } from '../editor/articleDoc';
import { arcBetween, mergeLineBoxes, type Arc, type Box } from '../editor/relationArcs';
import type { AnnotationStore } from './annotationStore';
import { useStoreSnapshot } from './useStoreSnapshot';

interface AnnotationOverlayProps {
  view: EditorView;
  positions: ArticlePositions;
  canvasRef: RefObject<HTMLDivElement | null>;
  store: AnnotationStore;
  scheme: LabelScheme;
}

interface Drawing {
  outline: Box[];
  arcs: (Arc & { id: string; type: string; name: string })[];
  width: number;
  height: number;
}

const EMPTY: Drawing = { outline: [], arcs: [], width: 0, height: 0 };

/** Draws the selection outline and the link arcs in the article's coordinates. */
export const AnnotationOverlay = memo(function AnnotationOverlay({
  view,
  positions,
  canvasRef,
  store,
  scheme,
}: AnnotationOverlayProps) {
  const snapshot = useStoreSnapshot(store);
  const hoveredId = useHoveredSpan(view);
  const [drawing, setDrawing] = useState<Drawing>(EMPTY);
  const [resized, setResized] = useState(0);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const observer = new ResizeObserver(() => setResized((count) => count + 1));
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [canvasRef]);

  // Only what is drawn matters: the selected span, and the links (with their spans) in focus.
  const selected = snapshot.selectedId === null ? undefined : snapshot.byId.get(snapshot.selectedId);
  const links = useMemo(() => {
    const focus = new Set([snapshot.selectedId, hoveredId].filter((id): id is string => id !== null));
    return snapshot.relations
      .filter((relation) => focus.has(relation.from) || focus.has(relation.to))
      .map((relation) => ({ relation, from: snapshot.byId.get(relation.from), to: snapshot.byId.get(relation.to) }));
  }, [snapshot.relations, snapshot.byId, snapshot.selectedId, hoveredId]);
  const signature = JSON.stringify([
    selected && [selected.start, selected.end],
    links.map(({ relation, from, to }) => [relation.id, relation.type, from?.start, from?.end, to?.start, to?.end]),
  ]);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const origin = canvas.getBoundingClientRect();
    const toLocal = (box: Box): Box => ({
      left: box.left - origin.left,
      right: box.right - origin.left,
      top: box.top - origin.top,
      bottom: box.bottom - origin.top,
    });
    const boxesOf = (span: Span): Box[] => {
      const from = positions.posFromCodePoint(span.start, 1);
      const to = positions.posFromCodePoint(span.end, -1);
      if (from >= to) return [];
      const range = document.createRange();
      const start = view.domAtPos(from, 1);
      const end = view.domAtPos(to, -1);
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return mergeLineBoxes([...range.getClientRects()].map(toLocal));
    };
    const arcs: Drawing['arcs'] = [];
    for (const { relation, from, to } of links) {
      if (from === undefined || to === undefined) continue;
      const a = boxesOf(from)[0];
      const b = boxesOf(to)[0];
      if (a === undefined || b === undefined) continue;
      // Arcs between lines run through the article's left margin, just left of the text.
      const arc = arcBetween(a, b, -12);
      const name = scheme.relationTypes.find((t) => t.key === relation.type)?.name ?? relation.type;
      arcs.push({ ...arc, id: relation.id, type: relation.type, name });
    }
    setDrawing({
      outline: selected === undefined ? [] : boxesOf(selected),
      arcs,
      width: canvas.scrollWidth,
      height: canvas.scrollHeight,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `signature` stands for `selected` and `links`
  }, [view, positions, canvasRef, signature, scheme, resized]);

  return (
    <svg
      className="annotation-overlay"
      width={drawing.width}
      height={drawing.height}
      aria-hidden="true"
      data-testid="annotation-overlay"
    >
      <defs>
        <marker
          id="arc-arrow"
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className="arc-arrow-head" />
        </marker>
      </defs>
      {drawing.outline.map((box, index) => (
        <rect
          key={index}
          className="selection-outline"
          x={box.left - 2}
          y={box.top - 1}
          width={box.right - box.left + 4}
          // Room below the box for the span's own underline.
          height={box.bottom - box.top + 5}
          rx={3}
        />
      ))}
      {drawing.arcs.map((arc) => (
        <g
          key={arc.id}
          className={`relation-arc relation-arc-${arc.type}`}
          data-testid="relation-arc"
          data-relation-id={arc.id}
        >
          <path d={arc.path} className="arc-line" markerEnd="url(#arc-arrow)" />
          <circle cx={arc.from.x} cy={arc.from.y} r={3} className="arc-end" />
          <text
            x={arc.label.x}
            y={arc.label.y - 4}
            className="arc-label"
            textAnchor="middle"
            transform={arc.label.vertical ? `rotate(-90 ${arc.label.x} ${arc.label.y - 4})` : undefined}
          >
            {arc.name}
          </text>
        </g>
      ))}
    </svg>
  );
});

/** The span under the pointer (the innermost highlight element), tracked here so hovering redraws only this layer. */
function useHoveredSpan(view: EditorView): string | null {
  const [hovered, setHovered] = useState<string | null>(null);
  useEffect(() => {
    const onMouseOver = (event: MouseEvent) => {
      const element = (event.target as Element | null)?.closest?.('[data-span-id]');
      setHovered(element?.getAttribute('data-span-id') ?? null);
    };
    const onMouseLeave = () => setHovered(null);
    view.dom.addEventListener('mouseover', onMouseOver);
    view.dom.addEventListener('mouseleave', onMouseLeave);
    return () => {
      view.dom.removeEventListener('mouseover', onMouseOver);
      view.dom.removeEventListener('mouseleave', onMouseLeave);
    };
  }, [view]);
  return hovered;
}
