// Reads CoNLL BIO files: one token a line with its tag in the last column, a blank line between
// sentences, `-DOCSTART-` before each document. The original text is gone, so each document's
// text is rebuilt: tokens joined by one space, sentences by one line break; meta records that,
// so exporting the document to CoNLL again gives back the file's own tokens.
import { InputError } from '../errors';
import { codePointLength } from '../offsets';
import { titleFromText } from '../textDecoding';
import type { InputFile, ParseItem } from './codec';
import { CONLL_TEXT_META } from './conllTags';
import { fileStem } from './fileStem';
import type { NativeDocument, NativeSpan } from './native';

/** The first column of the line that starts a new document. */
export const DOCSTART = '-DOCSTART-';

// B-/I- as in BIO and IOB1; S-/E- (BIOES) and U-/L- (BILOU) read as a single and a last token.
const TAG = /^(?<prefix>[BIESLU])-(?<label>.+)$/u;

/** Reads one CoNLL file; a file with one document names it after the file, otherwise `<name>-<n>`. */
export function* readConllFile(file: InputFile): Generator<ParseItem> {
  const documents = new DocumentSequence(file);
  let lineNumber = 0;
  for (const line of file.lines()) {
    lineNumber++;
    const columns = line.trim().split(/[\t ]+/u);
    if (columns[0] === DOCSTART) {
      // Every -DOCSTART- opens a document, even an empty one, so export → import keeps the count.
      yield* documents.finish();
      yield* documents.start(lineNumber);
    } else if (columns[0] === '') {
      documents.current?.endSentence();
    } else {
      if (documents.current === null) yield* documents.start(lineNumber);
      documents.current!.addLine(columns, file.path, lineNumber);
    }
  }
  yield* documents.finish();
  yield* documents.end();
}

// Numbers a file's documents. The first one's id depends on whether a second follows, so it waits.
class DocumentSequence {
  current: DocumentBuilder | null = null;
  private count = 0;
  private held: DocumentBuilder | null = null;
  private readonly stem: string;

  constructor(private readonly file: InputFile) {
    this.stem = fileStem(file.name);
  }

  *start(line: number): Generator<ParseItem> {
    this.count++;
    if (this.held !== null) yield this.held.item(`${this.stem}-1`, this.file.path);
    this.held = null;
    this.current = new DocumentBuilder(line);
  }

  *finish(): Generator<ParseItem> {
    const done = this.current;
    this.current = null;
    if (done === null) return;
    if (done.error !== null) yield { error: done.error };
    else if (this.count === 1) this.held = done;
    else yield done.item(`${this.stem}-${this.count}`, this.file.path);
  }

  *end(): Generator<ParseItem> {
    if (this.held !== null) yield this.held.item(this.stem, this.file.path);
  }
}

class DocumentBuilder {
  private readonly sentences: string[][] = [[]];
  private readonly spans: NativeSpan[] = [];
  private open: NativeSpan | null = null;
  private position = 0;
  error: InputError | null = null;

  constructor(readonly line: number) {}

  addLine(columns: string[], file: string, lineNumber: number): void {
    if (this.error !== null) return;
    if (columns.length < 2) {
      this.error = new InputError(
        file,
        lineNumber,
        `"${columns[0]}" has no tag; each line is a token and its tag, separated by a tab or spaces`,
      );
      return;
    }
    const [token, tag] = [columns[0]!, columns.at(-1)!];
    const match = TAG.exec(tag);
    if (tag !== 'O' && match === null) {
      this.error = new InputError(
        file,
        lineNumber,
        `tag "${tag}" is not BIO; use O, B-<label> or I-<label> in the last column`,
      );
      return;
    }
    const sentence = this.sentences.at(-1)!;
    if (sentence.length > 0) this.position++;
    else if (this.sentences.length > 1) this.position++;
    sentence.push(token);
    const start = this.position;
    this.position += codePointLength(token);
    if (match === null) {
      this.open = null;
      return;
    }
    const { prefix, label } = match.groups as { prefix: string; label: string };
    const continues = (prefix === 'I' || prefix === 'E' || prefix === 'L') && this.open?.label === label;
    if (continues) this.open!.end = this.position;
    else {
      // An I- that follows nothing of its label starts a span, as IOB1 reads it.
      this.open = { start, end: this.position, label };
      this.spans.push(this.open);
    }
    if (prefix !== 'B' && prefix !== 'I') this.open = null;
  }

  endSentence(): void {
    this.open = null;
    if (this.sentences.at(-1)!.length > 0) this.sentences.push([]);
  }

  item(id: string, file: string): ParseItem {
    const text = this.sentences
      .filter((sentence) => sentence.length > 0)
      .map((sentence) => sentence.join(' '))
      .join('\n');
    const meta = { [CONLL_TEXT_META.key]: CONLL_TEXT_META.value };
    const document: NativeDocument = {
      id,
      title: titleFromText(text, id),
      text,
      meta,
      spans: this.spans,
      relations: [],
      status: {},
    };
    return { document, file, line: this.line };
  }
}
