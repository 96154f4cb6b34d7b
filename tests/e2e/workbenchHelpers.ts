// Helpers for the workbench end-to-end tests: API calls through the test's HTTP host (as another
// client would make them) and reads of the project's SQLite file.
import Database from 'better-sqlite3';
import type { APIRequestContext, Page } from '@playwright/test';
import type { MethodName, ParamsOf, ResultOf } from '../../shared/api';
import { TOKEN_HEADER } from '../../shared/bridge';
import { expect } from './fixtures';

/** Calls one API method on the host serving `url` (the URL `spanmark serve` printed, with its token). */
export async function callApi<M extends MethodName>(
  request: APIRequestContext,
  url: string,
  method: M,
  params: ParamsOf<M>,
): Promise<ResultOf<M>> {
  const address = new URL(url);
  const token = address.searchParams.get('token') ?? '';
  const response = await request.post(`${address.origin}/api/${method}`, {
    headers: { [TOKEN_HEADER]: token },
    data: params,
  });
  const body = (await response.json()) as { ok: true; value: ResultOf<M> } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error.message}`);
  return body.value;
}

/** Reads the project file directly, read-only, as a second process would. */
export function queryProject<T>(path: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Every stored status as `document id -> status` for one annotator. */
export function storedStatuses(path: string, annotator: string): Record<string, string> {
  const rows = queryProject<{ uid: string; status: string }>(
    path,
    `SELECT d.uid, s.status FROM document_status s
       JOIN documents d ON d.id = s.document_id JOIN annotators a ON a.id = s.annotator_id
      WHERE a.name = ? ORDER BY d.uid`,
    annotator,
  );
  return Object.fromEntries(rows.map((row) => [row.uid, row.status]));
}

/** Opens the app and waits until it has loaded the project. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
}

/** The list entry of one document. */
export function documentItem(page: Page, id: string) {
  return page.locator(`[data-testid="document-item"][data-document-id="${id}"]`);
}
