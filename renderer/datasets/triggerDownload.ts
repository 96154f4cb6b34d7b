// A file the host offers at a download URL (an export, a project copy) is saved by the browser.

/** Starts the browser's download of `path`; the URL is on the same origin, so the session cookie authorises it. */
export function triggerDownload(path: string): void {
  const link = document.createElement('a');
  link.href = path;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}
