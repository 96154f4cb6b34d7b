// Hosts the ProseMirror view of one article inside React; React never touches the view's DOM.
import { useEffect, useRef } from 'react';
import type { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { ArticleDoc } from '../editor/articleDoc';
import { createArticleView } from '../editor/createArticleView';

interface ArticleTextProps {
  article: ArticleDoc;
  title: string;
  /** The view's plugins (highlights and marks); fixed for the life of the view. */
  plugins?: Plugin[];
  /** Called with the view once mounted and with null when it goes away. */
  onViewChange: (view: EditorView | null) => void;
}

/** The read-only, selectable text of an article. */
export function ArticleText({ article, title, plugins, onViewChange }: ArticleTextProps) {
  const mountRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const mount = mountRef.current;
    if (mount === null) return;
    const view = createArticleView(mount, article, { label: `Text of ${title}`, plugins });
    onViewChange(view);
    return () => {
      onViewChange(null);
      view.destroy();
    };
  }, [article, title, plugins, onViewChange]);

  return <div ref={mountRef} className="article-body" />;
}
