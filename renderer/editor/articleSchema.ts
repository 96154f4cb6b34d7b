// The schema of a read-only article: paragraphs of text with the line breaks kept inside them.
import { Schema } from 'prosemirror-model';

/** doc > paragraph+, paragraph > (text | hard_break)*; nothing else, so positions stay easy to map. */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: {
      content: '(text | hard_break)*',
      // dir="auto" lets each paragraph pick its own direction, so Arabic reads right to left.
      toDOM: () => ['p', { dir: 'auto', class: 'article-paragraph' }, 0],
      parseDOM: [{ tag: 'p' }],
    },
    text: { inline: true },
    hard_break: {
      inline: true,
      selectable: false,
      // textBetween and the clipboard see a break as a newline, as in the stored text.
      leafText: () => '\n',
      toDOM: () => ['br'],
      parseDOM: [{ tag: 'br' }],
    },
  },
});
