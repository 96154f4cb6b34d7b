// The main pane: the open article with its labelling workspace, or what to do when none is open.
import { useCallback, useRef } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { ApiClient } from '../../shared/api';
import type { LabelScheme } from '../../shared/domain';
import type { OpenDocument } from '../app/useOpenDocument';
import { AnnotatedDocument } from '../annotate/AnnotatedDocument';
import { useAnnotationSession } from '../annotate/useAnnotationSession';
import { ErrorBanner } from '../common/ErrorBanner';
import { EmptyProject } from './EmptyProject';

interface ArticlePaneProps {
  client: ApiClient;
  open: OpenDocument;
  hasDocuments: boolean;
  projectPath: string | null;
  /** Who labels; null shows the text only. */
  annotator: string | null;
  /** Also draw every other annotator's spans, read-only (off: blind mode). */
  showOtherAnnotators?: boolean;
  /** The project's scheme when the app holds it (null while loading); loaded here when absent. */
  scheme?: LabelScheme | null;
  /** Called after an edit was saved, e.g. to refresh span counts in the document list. */
  onAnnotationsChanged?: () => void;
}

/** Shows the open document; `data-ready` turns "true" once its ProseMirror view is mounted. */
export function ArticlePane({
  client,
  open,
  hasDocuments,
  projectPath,
  annotator,
  showOtherAnnotators = false,
  scheme,
  onAnnotationsChanged,
}: ArticlePaneProps) {
  // Spans load alongside the text, not after it.
  const session = useAnnotationSession(client, open.id, annotator, showOtherAnnotators, scheme);
  // Moving to another document puts the focus in its text, so the keys that follow (arrows to
  // scroll, labels) go to the article and not to whatever control opened it.
  // Noted while rendering: the new document's view may mount (and report) in the same commit. The
  // focus moves only if it is still where it was when the move began (the user did not go on to a field).
  const focusFrom = useRef<Element | null | undefined>(undefined);
  const shownId = useRef<string | null>(null);
  if (open.id !== shownId.current) {
    shownId.current = open.id;
    focusFrom.current = open.id === null ? undefined : document.activeElement;
  }
  const focusWhenShown = useCallback((view: EditorView | null) => {
    if (view === null || focusFrom.current === undefined) return;
    const stayed = document.activeElement === focusFrom.current || document.activeElement === document.body;
    focusFrom.current = undefined;
    if (stayed) view.dom.focus({ preventScroll: true });
  }, []);

  return (
    <main className="article-pane">
      {open.id !== null && open.content !== null ? (
        <AnnotatedDocument
          key={`${open.content.id}\u0000${annotator}\u0000${showOtherAnnotators}`}
          client={client}
          content={open.content}
          session={session}
          annotator={annotator}
          onAnnotationsChanged={onAnnotationsChanged}
          onViewChange={focusWhenShown}
        />
      ) : (
        <div className="article-scroll">
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
              data-ready="false"
              aria-busy={open.error === null}
            >
              {open.error !== null ? (
                <ErrorBanner message={open.error} onRetry={open.retry} />
              ) : (
                <p className="placeholder">Loading…</p>
              )}
            </article>
          )}
        </div>
      )}
    </main>
  );
}
