// The main pane: the open article (heading and text), or what to do when none is open.
import { useEffect, useRef, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { OpenDocument } from '../app/useOpenDocument';
import type { LabelScheme } from '../../shared/domain';
import { codePointLength } from '../../shared/offsets';
import { ErrorBanner } from '../common/ErrorBanner';
import { countOf } from '../common/plural';
import { ArticleText } from './ArticleText';
import { EmptyProject } from './EmptyProject';

interface ArticlePaneProps {
  open: OpenDocument;
  hasDocuments: boolean;
  projectPath: string | null;
  /** Blind mode off: show every annotator's spans, not only the current annotator's. */
  showOtherAnnotators?: boolean;
  /** The project's label scheme (colours, shortcuts, guidelines); null until loaded. */
  scheme?: LabelScheme | null;
  /** Tells the app that spans or relations changed, so the document list refreshes its counts. */
  onAnnotationsChanged?: () => void;
}

/** Shows the open document; `data-ready` turns "true" once its ProseMirror view is mounted. */
export function ArticlePane({ open, hasDocuments, projectPath }: ArticlePaneProps) {
  const paneRef = useRef<HTMLElement>(null);
  const [view, setView] = useState<EditorView | null>(null);

  // A newly opened article starts at its top, not at the scroll position of the previous one.
  useEffect(() => {
    paneRef.current?.scrollTo({ top: 0 });
  }, [open.id]);

  return (
    <main className="article-pane" ref={paneRef}>
      {open.id === null ? (
        projectPath === null ? null : hasDocuments ? (
          <p className="placeholder">Choose a document on the left to read it.</p>
        ) : (
          <EmptyProject projectPath={projectPath} />
        )
      ) : (
        <article
          className="article-view"
          data-testid="article-view"
          data-document-id={open.id}
          data-ready={view !== null && open.content !== null ? 'true' : 'false'}
          aria-busy={open.content === null && open.error === null}
        >
          {open.error !== null ? (
            <ErrorBanner message={open.error} onRetry={open.retry} />
          ) : open.content === null ? (
            <p className="placeholder">Loading…</p>
          ) : (
            <>
              <header className="article-header">
                <h1 className="article-title" data-testid="article-title" dir="auto">
                  {open.content.title.trim() === '' ? open.content.id : open.content.title}
                </h1>
                <p className="meta-line article-meta">
                  <span className="document-id">{open.content.id}</span>
                  <span>{countOf(codePointLength(open.content.text), 'character')}</span>
                </p>
              </header>
              <ArticleText
                key={open.content.id}
                text={open.content.text}
                title={open.content.title}
                onViewChange={setView}
              />
            </>
          )}
        </article>
      )}
    </main>
  );
}
