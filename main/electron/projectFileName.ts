/** The extension of a project file, without the dot. */
export const PROJECT_EXTENSION = 'spanmark';

/** Adds `.spanmark` to a path typed without it (Linux save dialogs do not add it). */
export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`) ? path : `${path}.${PROJECT_EXTENSION}`;
}
