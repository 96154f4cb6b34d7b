// Hosts the ProseMirror view of one article inside React; React never touches the view's DOM.
import { useEffect, useMemo, useRef } from 'react';
import type { EditorView } from 'prosemirror-view';
import { buildArticleDoc } from '../editor/articleDoc';
import { createArticleView } from '../editor/createArticleView';

interface ArticleTextProps {
  text: string;
  title: string;
  /** Called with the view once mounted and with null when it goes away. */
  onViewChange: (view: EditorView | null) => void;
}

/** The read-only, selectable text of an article. */
export function ArticleText({ text, title, onViewChange }: ArticleTextProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const article = useMemo(() => buildArticleDoc(text), [text]);

  useEffect(() => {
    const mount = mountRef.current;
    if (mount === null) return;
    const view = createArticleView(mount, article, { label: `Text of ${title}` });
    onViewChange(view);
    return () => {
      onViewChange(null);
      view.destroy();
    };
  }, [article, title, onViewChange]);

  return <div ref={mountRef} className="article-body" />;
}
