import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../../main/host/server';
import { TOKEN_HEADER } from '../../../shared/bridge';
import { makeTempDir } from '../../helpers/tempDir';
import { startTestHost } from '../../helpers/testHost';

let temp: ReturnType<typeof makeTempDir>;
let host: RunningHost;
let base: string;
beforeEach(async () => {
  temp = makeTempDir();
  writeFileSync(join(temp.dir, 'secret.txt'), 'secret');
  ({ host, base } = await startTestHost(temp.dir));
});
afterEach(async () => {
  await host.close();
  temp.cleanup();
});

const callApi = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(body),
  });

function statusWithHost(hostHeader: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: host.port, path: '/', headers: { host: hostHeader, [TOKEN_HEADER]: host.token } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

describe('loopback host', () => {
  it('listens on 127.0.0.1 and prints a URL that carries the token', () => {
    expect(host.url).toBe(`${base}/?token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers 401 to requests without the right token, pages and API alike', async () => {
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(401);
    expect(
      (
        await fetch(`${base}/api/getStats`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(401);
    expect((await callApi('getStats', {}, { [TOKEN_HEADER]: 'x'.repeat(48) })).status).toBe(401);
  });

  it('serves the page with the token and sets a cookie for its assets', async () => {
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Spanmark</title>');
    expect(page.headers.get('set-cookie')).toMatch(
      new RegExp(`^spanmark_token_${host.port}=[0-9a-f]+; HttpOnly; SameSite=Strict`),
    );
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const withCookie = await fetch(`${base}/index.html`, {
      headers: { cookie: `spanmark_token_${host.port}=${host.token}` },
    });
    expect(withCookie.status).toBe(200);
  });

  it('runs API calls through dispatch and returns errors as values', async () => {
    expect(await (await callApi('getStats', {})).json()).toEqual({
      ok: true,
      value: {
        documents: 0,
        annotators: [],
        spans: 0,
        relations: 0,
        labels: { claim: 0, evidence: 0, opinion: 0, propaganda: 0 },
      },
    });
    expect(await (await callApi('getDocument', { id: 3 })).json()).toMatchObject({
      ok: false,
      error: { code: 'bad_params' },
    });
    const broken = await fetch(`${base}/api/getStats`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: '{',
    });
    expect(broken.status).toBe(400);
  });

  it('refuses other origins, other Host names and non-POST API calls', async () => {
    expect((await callApi('getStats', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await callApi('getStats', {}, { origin: base })).status).toBe(200);
    expect((await fetch(`${base}/api/getStats`, { headers: { [TOKEN_HEADER]: host.token } })).status).toBe(405);
    // fetch will not forge a Host header, so a DNS-rebinding request is made with node:http.
    expect(await statusWithHost(`evil.example:${host.port}`)).toBe(403);
    expect(await statusWithHost(`localhost:${host.port}`)).toBe(200);
  });

  it('never serves files outside the renderer folder', async () => {
    const response = await fetch(`${base}/..%2Fsecret.txt`, { headers: { [TOKEN_HEADER]: host.token } });
    expect(response.status).toBe(404);
  });
});
