// The one set of rules for the names a project stores: annotator names, label and relation-type
// keys, and file paths. The API (shared/api.ts), the scheme editor (shared/schemeSchema.ts) and
// every import (main/db/importScheme.ts, shared/formats/validateDocument.ts) check these same
// functions, so what one door accepts every other door accepts too.
// Annotator names may hold commas ("Smith, J." is a real name); CLI lists that name annotators
// quote such a name (main/cli/splitList.ts). Keys hold no whitespace: a key is typed after `--label`
// and written into brat, PTC and CoNLL files, where a space would split it.
import { z } from 'zod';
import { nameTextProblem, textProblem } from './cleanText';

/** The longest annotator name, in characters. */
export const ANNOTATOR_NAME_MAX = 80;
/** The longest label or relation-type key, in characters. */
export const KEY_MAX = 100;

/** Why a string cannot be an annotator name, or null when it can. */
export function annotatorNameProblem(name: string): string | null {
  if (name.trim() === '') return 'an annotator name cannot be empty';
  if (name !== name.trim()) return `the annotator name ${JSON.stringify(name)} starts or ends with a space; remove it`;
  if ([...name].length > ANNOTATOR_NAME_MAX) return `an annotator name has at most ${ANNOTATOR_NAME_MAX} characters`;
  const characters = nameTextProblem(name);
  return characters === null ? null : `the annotator name ${JSON.stringify(name)} ${characters}`;
}

/** Why a string cannot be a label, technique or relation-type key, or null when it can. */
export function keyProblem(key: string): string | null {
  if (key === '') return 'a key cannot be empty';
  const characters = nameTextProblem(key);
  if (characters !== null) return `the key ${JSON.stringify(key)} ${characters}`;
  if (/\s/u.test(key)) return 'a key cannot contain spaces';
  if ([...key].length > KEY_MAX) return `a key has at most ${KEY_MAX} characters`;
  return null;
}

/** Why a string cannot be a file path, or null when it can. */
export function pathProblem(path: string): string | null {
  const characters = nameTextProblem(path);
  return characters === null ? null : `the path ${JSON.stringify(path)} ${characters}`;
}

/** Turns a problem function into a zod refinement that reports its message. */
function refineWith(problem: (value: string) => string | null) {
  return (value: string, context: z.RefinementCtx) => {
    const message = problem(value);
    if (message !== null) context.addIssue({ code: 'custom', message });
  };
}

/** An annotator name as the API takes it (surrounding spaces trimmed). */
export const annotatorNameSchema = z.string().trim().superRefine(refineWith(annotatorNameProblem));

/** A label, technique or relation-type key as the API and the scheme editor take it. */
export const keySchema = z.string().trim().superRefine(refineWith(keyProblem));

/** A file path; `emptyMessage` says what to give when it is missing. */
export function pathSchema(emptyMessage: string) {
  return z.string().min(1, emptyMessage).superRefine(refineWith(pathProblem));
}

/** Free text (a note, a name shown to people, a description) that must be storable as UTF-8. */
export const storableTextSchema = z.string().superRefine(
  refineWith((text) => {
    const problem = textProblem(text);
    return problem === null ? null : `the text ${problem}`;
  }),
);
