import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import {
  apiChannel,
  PICK_EXPORT_PATH_CHANNEL,
  PICK_IMPORT_PATHS_CHANNEL,
  PICK_PROJECT_FILE_CHANNEL,
} from '../../../main/electron/channels';
import { ipcHandlers, type SenderEvent } from '../../../main/electron/ipcHandlers';
import { isAppUrl } from '../../../main/electron/isAppUrl';
import { ServiceContext } from '../../../main/service/context';

const appFile = pathToFileURL('/opt/Spanmark/resources/app.asar/dist/renderer/index.html').href;

describe('isAppUrl', () => {
  it('accepts the app page itself, with or without a query or fragment', () => {
    expect(isAppUrl(appFile, appFile)).toBe(true);
    expect(isAppUrl(`${appFile}?view=documents#doc-3`, appFile)).toBe(true);
    expect(isAppUrl(appFile.replace('file://', 'file://localhost'), appFile)).toBe(true);
  });

  it('accepts the same path however its characters are percent-encoded', () => {
    const spaced = pathToFileURL('/home/ana/My Projects [2025]/dist/renderer/index.html').href;
    expect(isAppUrl('file:///home/ana/My%20Projects%20[2025]/dist/renderer/index.html', spaced)).toBe(true);
    expect(isAppUrl('file:///home/ana/My%20Projects%20%5B2025%5D/dist/renderer/index.html', spaced)).toBe(true);
  });

  it('accepts a Windows drive letter in either case', () => {
    expect(
      isAppUrl('file:///C:/Spanmark/dist/renderer/index.html', 'file:///c:/Spanmark/dist/renderer/index.html'),
    ).toBe(true);
  });

  it('refuses other files, even next to the app page', () => {
    expect(isAppUrl(appFile.replace('index.html', 'evil.html'), appFile)).toBe(false);
    expect(isAppUrl(appFile.replace('index.html', 'index.html.evil'), appFile)).toBe(false);
    expect(isAppUrl('file:///tmp/index.html', appFile)).toBe(false);
    expect(isAppUrl(`file://fileserver${new URL(appFile).pathname}`, appFile)).toBe(false);
  });

  it('refuses web pages and other schemes that mention the app path', () => {
    const path = new URL(appFile).pathname;
    expect(isAppUrl(`https://example.com${path}`, appFile)).toBe(false);
    expect(isAppUrl(`http://127.0.0.1:8080${path}`, appFile)).toBe(false);
    expect(isAppUrl(`devtools://devtools${path}`, appFile)).toBe(false);
    expect(isAppUrl(`https://example.com/?next=${appFile}`, appFile)).toBe(false);
    expect(isAppUrl('about:blank', appFile)).toBe(false);
    expect(isAppUrl(`data:text/html,${appFile}`, appFile)).toBe(false);
  });

  it('refuses empty and malformed URLs', () => {
    expect(isAppUrl('', appFile)).toBe(false);
    expect(isAppUrl('not a url', appFile)).toBe(false);
    expect(isAppUrl('file:///%E0%A4%A', appFile)).toBe(false);
    expect(isAppUrl(appFile, 'not a url')).toBe(false);
  });
});

describe('the IPC handlers', () => {
  const fromApp: SenderEvent = { senderFrame: { url: `${appFile}#documents` } };
  const fromElsewhere: SenderEvent = { senderFrame: { url: 'https://example.com/' } };
  const fromClosedFrame: SenderEvent = { senderFrame: null };

  function handlersWithPicker(picked: string | null) {
    const calls: string[] = [];
    const context = new ServiceContext(null, { appVersion: '0.0.0-test' });
    const handlers = ipcHandlers<SenderEvent>(context, appFile, {
      pickProjectFile: async (_event, mode) => {
        calls.push(mode);
        return picked;
      },
      pickImportPaths: async (_event, kind) => {
        calls.push(kind);
        return picked === null ? null : [picked];
      },
      pickExportPath: async (_event, target, name) => {
        calls.push(`${target}:${name}`);
        return picked;
      },
    });
    return { handlers, calls };
  }

  it('have one channel per API method plus the native file dialogs', () => {
    const { handlers } = handlersWithPicker(null);
    expect([...handlers.keys()].sort()).toEqual(
      [
        ...METHOD_NAMES.map(apiChannel),
        PICK_PROJECT_FILE_CHANNEL,
        PICK_IMPORT_PATHS_CHANNEL,
        PICK_EXPORT_PATH_CHANNEL,
      ].sort(),
    );
  });

  it('open the import and export dialogs for the app page, checking what is asked', async () => {
    const { handlers, calls } = handlersWithPicker('/tmp/data');
    await expect(handlers.get(PICK_IMPORT_PATHS_CHANNEL)!(fromApp, 'folder')).resolves.toEqual(['/tmp/data']);
    await expect(
      handlers.get(PICK_EXPORT_PATH_CHANNEL)!(fromApp, { target: 'file', suggestedName: 'a/b.csv' }),
    ).resolves.toBe('/tmp/data');
    expect(() => handlers.get(PICK_IMPORT_PATHS_CHANNEL)!(fromApp, 'disk')).toThrow(/kind must be/);
    expect(() => handlers.get(PICK_EXPORT_PATH_CHANNEL)!(fromApp, { target: 'zip' })).toThrow(/give a target/);
    expect(calls).toEqual(['folder', 'file:a_b.csv']);
  });

  it('pass the app page’s calls to dispatch, which answers with a result value', () => {
    const { handlers } = handlersWithPicker(null);
    // No project is open in this context, so dispatch answers with its error value.
    expect(handlers.get(apiChannel('listDocuments'))!(fromApp, {})).toEqual({
      ok: false,
      error: { code: 'not_found', message: expect.stringContaining('no project is open') },
    });
    expect(handlers.get(apiChannel('getDocument'))!(fromApp, { id: '' })).toMatchObject({
      ok: false,
      error: { code: 'bad_params' },
    });
  });

  it('refuse every call from a page that is not the app, or from a closed frame', () => {
    const { handlers, calls } = handlersWithPicker('/tmp/x.spanmark');
    for (const handler of handlers.values()) {
      expect(() => handler(fromElsewhere, {})).toThrow(/only the Spanmark window/);
      expect(() => handler(fromClosedFrame, {})).toThrow(/closed frame/);
    }
    expect(calls).toEqual([]);
  });

  it('open the project file dialog for the app page, in the mode asked for', async () => {
    const { handlers, calls } = handlersWithPicker('/tmp/x.spanmark');
    const pick = handlers.get(PICK_PROJECT_FILE_CHANNEL)!;
    await expect(pick(fromApp, 'open')).resolves.toBe('/tmp/x.spanmark');
    await expect(pick(fromApp, 'create')).resolves.toBe('/tmp/x.spanmark');
    expect(() => pick(fromApp, 'delete')).toThrow(/mode must be/);
    expect(calls).toEqual(['open', 'create']);
  });
});
