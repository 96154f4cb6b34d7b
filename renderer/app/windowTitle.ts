/** The window title: "Spanmark — <project> — <annotator>", leaving out what is not known yet. */
export function windowTitle(projectName: string | null, annotator: string | null): string {
  return ['Spanmark', projectName, annotator].filter((part) => part !== null && part !== '').join(' — ');
}
