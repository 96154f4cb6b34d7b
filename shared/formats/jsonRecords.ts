// Reads a JSON file as a sequence of records, each with the line it starts on, so one reader
// takes a JSON array, a single (pretty-printed) object or JSON Lines, and every message about a
// bad record names its line instead of "position 48213".
import { InputError } from '../errors';

/** How deep objects and arrays may nest in an imported file. Deeper is refused before parsing: no
 * annotation format nests like that, and a hostile file would exhaust the stack of whatever walks it. */
export const MAX_JSON_DEPTH = 100;

const TOO_DEEP = `objects and arrays nest more than ${MAX_JSON_DEPTH} levels deep here; no annotation format needs that, so the file is refused`;

/** Parses one line of a JSON Lines file; an error (not valid JSON, nested too deep) names the file and line and ends with `shape`. */
export function parseJsonLine(
  line: string,
  file: string,
  lineNumber: number,
  shape: string,
): { value: unknown } | { error: InputError } {
  if (nestedTooDeep(line)) return { error: new InputError(file, lineNumber, TOO_DEEP) };
  try {
    return { value: JSON.parse(line) as unknown };
  } catch (error) {
    return { error: new InputError(file, lineNumber, `not valid JSON (${(error as Error).message}); ${shape}`) };
  }
}

// Whether brackets outside strings open more than MAX_JSON_DEPTH levels at some point.
function nestedTooDeep(source: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

/** A top-level record of a JSON file and the 1-based line it starts on. */
export interface JsonRecord {
  value: unknown;
  line: number;
}

/**
 * The records of a JSON text: the elements of a top-level array, else every top-level value in
 * turn (one object, or one object a line). A record that is not valid JSON is yielded as an
 * error and reading goes on; broken structure (an unclosed string or bracket) ends the file.
 */
export function* jsonRecords(text: string, file: string): Generator<JsonRecord | { error: InputError }> {
  const scanner = new Scanner(text);
  scanner.skipWhitespace();
  if (scanner.peek() === '[') {
    yield* arrayElements(scanner, file);
    return;
  }
  while (!scanner.atEnd()) {
    const line = scanner.line;
    const extent = scanner.value();
    if ('error' in extent) {
      yield { error: new InputError(file, extent.line, extent.error) };
      return;
    }
    yield parseRecord(text.slice(extent.start, extent.end), line, file);
    scanner.skipWhitespace();
  }
}

function* arrayElements(scanner: Scanner, file: string): Generator<JsonRecord | { error: InputError }> {
  scanner.advance();
  scanner.skipWhitespace();
  if (scanner.peek() === ']') {
    scanner.advance();
  } else {
    for (;;) {
      const line = scanner.line;
      const extent = scanner.value();
      if ('error' in extent) {
        yield { error: new InputError(file, extent.line, extent.error) };
        return;
      }
      yield parseRecord(scanner.text.slice(extent.start, extent.end), line, file);
      scanner.skipWhitespace();
      const next = scanner.peek();
      scanner.advance();
      if (next === ']') break;
      if (next !== ',') {
        const found = next === undefined ? 'the end of the file' : JSON.stringify(next);
        yield {
          error: new InputError(file, scanner.line, `expected "," or "]" after an array element, found ${found}`),
        };
        return;
      }
      scanner.skipWhitespace();
    }
  }
  scanner.skipWhitespace();
  if (!scanner.atEnd()) {
    yield {
      error: new InputError(file, scanner.line, 'unexpected content after the closing "]" of the top-level array'),
    };
  }
}

function parseRecord(source: string, line: number, file: string): JsonRecord | { error: InputError } {
  try {
    return { value: JSON.parse(source) as unknown, line };
  } catch (error) {
    const message = (error as Error).message;
    // V8 reports a position inside the record; turn it into the file's line number.
    const position = /at position (\d+)/u.exec(message);
    const errorLine = position === null ? line : line + countNewlines(source, Number(position[1]));
    const reason = message.replace(/ at position \d+.*$/u, '');
    return { error: new InputError(file, errorLine, `not valid JSON (${reason})`) };
  }
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end && i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

type Extent = { start: number; end: number } | { error: string; line: number };

class Scanner {
  position = 0;
  line = 1;

  constructor(readonly text: string) {}

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.position];
  }

  advance(): void {
    if (this.text.charCodeAt(this.position) === 10) this.line++;
    this.position++;
  }

  skipWhitespace(): void {
    while (!this.atEnd() && /\s/u.test(this.text[this.position]!)) this.advance();
  }

  /** Finds the end of the value starting here, balancing brackets outside strings; JSON.parse checks the rest. */
  value(): Extent {
    const start = this.position;
    const startLine = this.line;
    const first = this.peek();
    if (first === '"') {
      return this.string() ? { start, end: this.position } : { error: 'a string is never closed', line: startLine };
    }
    if (first === ',' || first === ']' || first === '}') {
      return { error: `unexpected ${JSON.stringify(first)} where a value should start`, line: startLine };
    }
    if (first !== '{' && first !== '[') {
      while (!this.atEnd() && !/[\s,\]}]/u.test(this.text[this.position]!)) this.advance();
      return { start, end: this.position };
    }
    let depth = 0;
    while (!this.atEnd()) {
      const char = this.text[this.position]!;
      if (char === '"') {
        const stringLine = this.line;
        if (!this.string()) return { error: 'a string is never closed', line: stringLine };
        continue;
      }
      this.advance();
      if (char === '{' || char === '[') {
        if (++depth > MAX_JSON_DEPTH) return { error: TOO_DEEP, line: this.line };
      } else if (char === '}' || char === ']') {
        depth--;
        if (depth === 0) return { start, end: this.position };
      }
    }
    return { error: `the ${first === '{' ? 'object' : 'array'} opened here is never closed`, line: startLine };
  }

  /** Moves past a string starting here; false when the text ends first. */
  private string(): boolean {
    this.advance();
    while (!this.atEnd()) {
      const char = this.text[this.position]!;
      this.advance();
      if (char === '\\') this.advance();
      else if (char === '"') return true;
    }
    return false;
  }
}
