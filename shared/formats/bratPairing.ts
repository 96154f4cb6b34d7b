// Which .ann belongs to which .txt in a brat import. An .ann beside its .txt (same folder, same
// name) is the document's own; an .ann elsewhere whose base name matches exactly one .txt is
// another annotator's file for that text (e.g. AAEC's Step1/annotator2/essay004.ann for
// brat-project-final/essay004.txt), named after its folder.
import { InputError } from '../errors';
import type { InputFile } from './codec';

/** A text and the .ann files that annotate it. */
export interface BratDocumentFiles {
  /** The document id: the .txt name relative to the imported folder, without `.txt`. */
  id: string;
  txt: InputFile;
  own: InputFile | null;
  /** Other annotators' .ann files for the same text, with the annotator each stands for. */
  others: { ann: InputFile; annotator: string }[];
}

/** The pairing of one import's files, and the .ann files that have no text. */
export interface BratPairing {
  documents: BratDocumentFiles[];
  errors: InputError[];
}

/** Pairs .txt and .ann files by name; files of other kinds are not passed in. */
export function pairBratFiles(txts: InputFile[], anns: InputFile[]): BratPairing {
  const documents = txts.map((txt): BratDocumentFiles => ({
    id: stripExtension(txt.name),
    txt,
    own: null,
    others: [],
  }));
  const byId = groupBy(documents, (document) => document.id);
  const byBase = groupBy(documents, (document) => baseName(document.id));
  const errors: InputError[] = [];
  for (const ann of anns) {
    const key = stripExtension(ann.name);
    const candidates = byId.get(key) ?? byBase.get(baseName(key)) ?? [];
    const sibling = candidates.find((document) => folderOf(document.txt.path) === folderOf(ann.path));
    if (sibling !== undefined && sibling.own === null) {
      sibling.own = ann;
      continue;
    }
    if (candidates.length !== 1) {
      const reason =
        candidates.length === 0
          ? `no ${baseName(key)}.txt for this .ann; import the folder that holds the text together with it`
          : `several texts are named ${baseName(key)}.txt (${candidates.map((document) => document.txt.path).join(', ')}); import the .ann with only the one it annotates`;
      errors.push(new InputError(ann.path, null, reason));
      continue;
    }
    const document = candidates[0]!;
    const annotator = annotatorOf(ann);
    const clash = document.others.find((other) => other.annotator === annotator);
    if (clash !== undefined) {
      errors.push(
        new InputError(
          ann.path,
          null,
          `${clash.ann.path} already gives annotator "${annotator}" for ${document.txt.path}; import one of them`,
        ),
      );
      continue;
    }
    document.others.push({ ann, annotator });
  }
  return { documents, errors };
}

/** The annotator an .ann away from its text stands for: its folder as named in the import, else its folder on disk. */
function annotatorOf(ann: InputFile): string {
  return folderOf(ann.name) || baseName(folderOf(ann.path)) || stripExtension(ann.name);
}

function stripExtension(name: string): string {
  return name.replace(/\.[^./\\]*$/u, '');
}

function baseName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut < 0 ? '' : path.slice(0, cut);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
