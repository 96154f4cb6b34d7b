// One open document ready for labelling: the toolbar, the article with its highlights and link
// arcs, the side panel (selected span and span list), and the menus that pop up over them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { ApiClient } from '../../shared/api';
import type { DocumentContent } from '../../shared/domain';
import { codePointLength } from '../../shared/offsets';
import { ArticleText } from '../article/ArticleText';
import { ErrorBanner } from '../common/ErrorBanner';
import { countOf } from '../common/plural';
import { buildArticleDoc } from '../editor/articleDoc';
import { highlightPlugin } from '../editor/highlightPlugin';
import { selectedSpanPlugin } from '../editor/selectedSpanPlugin';
import { indexText } from '../editor/selectionSnapping';
import { AnnotateToolbar } from './AnnotateToolbar';
import { AnnotationCommands } from './annotationCommands';
import { AnnotationEditor } from './annotationEditor';
import { AnnotationOverlay } from './AnnotationOverlay';
import { AnnotationPanel } from './AnnotationPanel';
import { connectViewToStore, highlightsOf, type DrawContext } from './connectView';
import { OverlapMenu } from './OverlapMenu';
import { RelationChooser } from './RelationChooser';
import { spanColor, spanLabelName, techniquesOf } from './schemeLabels';
import { spanTitle } from './spanName';
import { StoreMessages } from './StoreMessages';
import { TechniquePicker } from './TechniquePicker';
import { useAnnotationKeys } from './useAnnotationKeys';
import type { AnnotationSession } from './useAnnotationSession';
import { usePointerOnArticle } from './usePointerOnArticle';
import { useSnapToWords } from './useSnapToWords';

interface AnnotatedDocumentProps {
  client: ApiClient;
  content: DocumentContent;
  session: AnnotationSession;
  /** The acting annotator; null shows the text without labelling. */
  annotator: string | null;
  onViewChange?: (view: EditorView | null) => void;
  /** Called after an edit was saved. */
  onAnnotationsChanged?: () => void;
}

type At = { x: number; y: number };

/** From this many UTF-16 units on, paragraphs out of view are not laid out (content-visibility). */
const LONG_ARTICLE = 30_000;

/** The labelling workspace of one document. */
export function AnnotatedDocument({
  client,
  content,
  session,
  annotator,
  onViewChange,
  onAnnotationsChanged,
}: AnnotatedDocumentProps) {
  const article = useMemo(() => buildArticleDoc(content.text), [content.text]);
  const text = useMemo(() => indexText(content.text), [content.text]);
  const { store, scheme } = session;
  const labelling = store !== null && scheme !== null && annotator !== null;
  const drawContext = useMemo<DrawContext | null>(
    () => (scheme !== null && annotator !== null ? { scheme, annotator, positions: article.positions } : null),
    [scheme, annotator, article],
  );
  // The view is built once per store, with every span already in the highlight plugin's first state.
  const plugins = useMemo(
    () =>
      store !== null && drawContext !== null
        ? [highlightPlugin(article.positions, highlightsOf(store.getSnapshot(), drawContext)), selectedSpanPlugin()]
        : [],
    [store, drawContext, article],
  );
  const waitingForSpans = annotator !== null && store === null && session.error === null;

  const [view, setView] = useState<EditorView | null>(null);
  const handleViewChange = useCallback(
    (next: EditorView | null) => {
      setView(next);
      onViewChange?.(next);
    },
    [onViewChange],
  );
  useEffect(() => {
    if (view === null || store === null || drawContext === null) return;
    return connectViewToStore(view, store, drawContext);
  }, [view, store, drawContext]);

  const savedRef = useRef(onAnnotationsChanged);
  savedRef.current = onAnnotationsChanged;
  const editor = useMemo(
    () =>
      store !== null && annotator !== null
        ? new AnnotationEditor(store, {
            client,
            document: content.id,
            annotator,
            text,
            reload: session.fetch,
            onSaved: () => savedRef.current?.(),
          })
        : null,
    [store, annotator, client, content.id, text, session.fetch],
  );

  const [snapToWords, setSnapToWords] = useSnapToWords();
  const snapRef = useRef(snapToWords);
  snapRef.current = snapToWords;
  const [picker, setPicker] = useState<{ spanId: string; at: At } | null>(null);
  const [overlap, setOverlap] = useState<{ ids: string[]; at: At } | null>(null);
  const [chooser, setChooser] = useState<{ from: string; to: string; at: At } | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);

  const commands = useMemo(() => {
    if (view === null || store === null || editor === null || scheme === null || annotator === null) return null;
    const anchorOf = (spanId: string): At => {
      const span = store.getSnapshot().byId.get(spanId);
      if (span === undefined) return { x: 200, y: 200 };
      const coords = view.coordsAtPos(article.positions.posFromCodePoint(span.end, -1), -1);
      return { x: coords.left, y: coords.bottom };
    };
    return new AnnotationCommands({
      view,
      positions: article.positions,
      text,
      store,
      editor,
      scheme,
      annotator,
      snapToWords: () => snapRef.current,
      openTechniquePicker: (spanId) => setPicker({ spanId, at: anchorOf(spanId) }),
      openRelationChooser: (from, to, at) => setChooser({ from, to, at: at ?? anchorOf(to) }),
      scrollToSpan: (spanId) => {
        const element = view.dom.querySelector(`[data-span-id="${CSS.escape(spanId)}"]`);
        element?.scrollIntoView({ block: 'center' });
      },
    });
  }, [view, store, editor, scheme, annotator, article, text]);

  const closeTopmost = useCallback(() => {
    if (picker !== null || overlap !== null || chooser !== null) {
      setPicker(null);
      setOverlap(null);
      setChooser(null);
      return true;
    }
    return false;
  }, [picker, overlap, chooser]);
  useAnnotationKeys(view, article.positions, store, commands, scheme, closeTopmost);
  const onOverlap = useCallback((ids: string[] | null, at: At) => setOverlap(ids === null ? null : { ids, at }), []);
  usePointerOnArticle(view, article.positions, store, commands, onOverlap);

  return (
    <div className="annotate" data-testid="annotate">
      {labelling && commands !== null ? (
        <AnnotateToolbar
          store={store}
          scheme={scheme}
          commands={commands}
          snapToWords={snapToWords}
          onSnapToWordsChange={setSnapToWords}
        />
      ) : (
        <div className="annotate-toolbar annotate-toolbar-empty">
          {annotator === null
            ? 'Choose who is annotating (top right) to label this document.'
            : waitingForSpans
              ? 'Loading spans…'
              : ''}
        </div>
      )}
      {session.error !== null && <ErrorBanner message={session.error} onRetry={session.retry} />}
      {store !== null && <StoreMessages store={store} />}
      <div className="annotate-body">
        <div className="article-scroll" data-testid="article-scroll">
          <article
            className="article-view"
            data-testid="article-view"
            data-document-id={content.id}
            data-ready={view !== null ? 'true' : 'false'}
            data-annotations={
              annotator === null
                ? 'off'
                : store !== null && view !== null
                  ? 'ready'
                  : session.error !== null
                    ? 'error'
                    : 'loading'
            }
          >
            <header className="article-header">
              <h1 className="article-title" data-testid="article-title" dir="auto">
                {content.title.trim() === '' ? content.id : content.title}
              </h1>
              <p className="meta-line article-meta">
                <span className="document-id">{content.id}</span>
                <span>{countOf(codePointLength(content.text), 'character')}</span>
              </p>
            </header>
            <div
              className={content.text.length >= LONG_ARTICLE ? 'article-canvas article-canvas-long' : 'article-canvas'}
              ref={canvasRef}
            >
              {!waitingForSpans && (
                <ArticleText
                  key={content.id}
                  article={article}
                  title={content.title}
                  plugins={plugins}
                  onViewChange={handleViewChange}
                />
              )}
              {view !== null && store !== null && scheme !== null && (
                <AnnotationOverlay
                  view={view}
                  store={store}
                  scheme={scheme}
                  positions={article.positions}
                  canvasRef={canvasRef}
                />
              )}
            </div>
          </article>
        </div>
        {labelling && commands !== null && editor !== null && (
          <AnnotationPanel store={store} scheme={scheme} annotator={annotator} commands={commands} editor={editor} />
        )}
      </div>
      {labelling && picker !== null && (
        <TechniquePicker
          techniques={techniquesOf(scheme, store.getSnapshot().byId.get(picker.spanId)?.label ?? '')}
          current={store.getSnapshot().byId.get(picker.spanId)?.technique ?? null}
          at={picker.at}
          onPick={(technique) => {
            commands?.setTechnique(picker.spanId, technique);
            setPicker(null);
            view?.dom.focus({ preventScroll: true });
          }}
          onSkip={() => {
            setPicker(null);
            view?.dom.focus({ preventScroll: true });
          }}
        />
      )}
      {labelling && overlap !== null && commands !== null && (
        <OverlapMenu
          spans={overlap.ids.map((id) => store.getSnapshot().byId.get(id)).filter((span) => span !== undefined)}
          selectedId={store.getSnapshot().selectedId}
          annotator={annotator}
          at={overlap.at}
          nameOf={(span) => spanLabelName(scheme, span)}
          colorOf={(span) => spanColor(scheme, span)}
          onPick={(id) => {
            commands.select(id);
            setOverlap(null);
          }}
          onClose={() => setOverlap(null)}
        />
      )}
      {labelling && chooser !== null && commands !== null && (
        <RelationChooser
          types={scheme.relationTypes}
          fromName={spanTitle(scheme, store.getSnapshot().byId.get(chooser.from))}
          toName={spanTitle(scheme, store.getSnapshot().byId.get(chooser.to))}
          at={chooser.at}
          onPick={(type) => {
            commands.createLink(chooser.from, chooser.to, type);
            setChooser(null);
            view?.dom.focus({ preventScroll: true });
          }}
          onCancel={() => setChooser(null)}
        />
      )}
    </div>
  );
}
