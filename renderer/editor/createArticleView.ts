// Mounts a read-only ProseMirror view of an article; the labelling plugins come in through options.
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { ArticleDoc } from './articleDoc';

/** Options for an article view; `plugins` lets later features (highlights, selection) hook in. */
export interface ArticleViewOptions {
  plugins?: Plugin[];
  label?: string;
}

/** Creates a view of the article in `mount`: not editable, but its text can be selected. */
export function createArticleView(
  mount: HTMLElement,
  article: ArticleDoc,
  options: ArticleViewOptions = {},
): EditorView {
  const state = EditorState.create({ doc: article.doc, plugins: options.plugins ?? [] });
  return new EditorView(mount, {
    state,
    // Not contenteditable, so typing cannot change the stored text; the browser still lets the
    // reader select text and ProseMirror still tracks that selection for labelling.
    editable: () => false,
    attributes: {
      class: 'article-text',
      role: 'document',
      'aria-readonly': 'true',
      'aria-label': options.label ?? 'Article text',
      // Focusable, so keyboard users reach the text and its shortcuts with Tab.
      tabindex: '0',
    },
  });
}
