import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type ApiResult, type MethodName } from '../../../shared/api';
import { TOKEN_HEADER, type SpanmarkBridge } from '../../../shared/bridge';
import { ApiCallError } from '../../../renderer/api/apiCallError';
import { bridgeTransport, clientFromTransport, httpTransport } from '../../../renderer/api/client';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('clientFromTransport', () => {
  it('has one method per API method, each carrying its own name and params', async () => {
    const calls: [MethodName, unknown][] = [];
    const client = clientFromTransport(async (method, params) => {
      calls.push([method, params]);
      return { ok: true, value: `${method} result` };
    });
    expect(Object.keys(client).sort()).toEqual([...METHOD_NAMES].sort());
    expect(await client.getDocument({ id: 'doc-1' })).toBe('getDocument result');
    expect(await client.listAnnotators({})).toBe('listAnnotators result');
    expect(calls).toEqual([
      ['getDocument', { id: 'doc-1' }],
      ['listAnnotators', {}],
    ]);
  });

  it('rethrows a failed result as an ApiCallError with its code and message', async () => {
    const client = clientFromTransport(async () => ({
      ok: false,
      error: { code: 'not_found', message: 'no document with id "x"' },
    }));
    const failure = await client.getDocument({ id: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).toMatchObject({ code: 'not_found', message: 'no document with id "x"', method: 'getDocument' });
  });
});

describe('a call refused as busy', () => {
  const busy: ApiResult<unknown> = {
    ok: false,
    error: { code: 'busy', message: 'p.spanmark is locked by another program' },
  };

  it('is tried again after a pause and resolves when the lock is free', async () => {
    const answers: ApiResult<unknown>[] = [busy, busy, { ok: true, value: 'saved' }];
    const pauses: number[] = [];
    const client = clientFromTransport(
      async () => answers.shift()!,
      async (ms) => void pauses.push(ms),
    );
    expect(await client.createAnnotator({ name: 'ana' })).toBe('saved');
    expect(pauses).toHaveLength(2);
    expect(pauses[1]!).toBeGreaterThan(pauses[0]!);
  });

  it('surfaces the busy error when the lock stays taken', async () => {
    let calls = 0;
    const client = clientFromTransport(
      async () => (calls++, busy),
      async () => undefined,
    );
    await expect(client.createAnnotator({ name: 'ana' })).rejects.toMatchObject({
      code: 'busy',
      message: busy.ok ? '' : busy.error.message,
    });
    expect(calls).toBeGreaterThan(1);
  });

  it('is not repeated for other errors', async () => {
    let calls = 0;
    const client = clientFromTransport(
      async () => (calls++, { ok: false, error: { code: 'conflict', message: 'no' } }),
      async () => undefined,
    );
    await expect(client.createAnnotator({ name: 'ana' })).rejects.toMatchObject({ code: 'conflict' });
    expect(calls).toBe(1);
  });
});

describe('bridgeTransport', () => {
  it('calls the named method of the Electron bridge', async () => {
    const seen: unknown[] = [];
    const bridge = Object.fromEntries(
      METHOD_NAMES.map((method) => [
        method,
        async (params: unknown): Promise<ApiResult<unknown>> => {
          seen.push([method, params]);
          return { ok: true, value: method };
        },
      ]),
    ) as SpanmarkBridge;
    const client = clientFromTransport(bridgeTransport(bridge));
    expect(await client.openProject({ path: '/p.spanmark' })).toBe('openProject');
    expect(seen).toEqual([['openProject', { path: '/p.spanmark' }]]);
  });
});

describe('httpTransport', () => {
  it('POSTs JSON params to /api/<method> with the token header', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const transport = httpTransport('secret-token', async (url, init) => {
      requests.push({ url: String(url), init: init! });
      return jsonResponse({ ok: true, value: ['alice'] });
    });
    expect(await clientFromTransport(transport).listAnnotators({})).toEqual(['alice']);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.url).toBe('/api/listAnnotators');
    expect(request!.init.method).toBe('POST');
    expect(request!.init.headers).toMatchObject({ 'content-type': 'application/json', [TOKEN_HEADER]: 'secret-token' });
    expect(JSON.parse(String(request!.init.body))).toEqual({});
  });

  it('leaves the token header out when there is no token, relying on the cookie', async () => {
    let headers: unknown;
    const transport = httpTransport(null, async (_url, init) => {
      headers = init?.headers;
      return jsonResponse({ ok: true, value: [] });
    });
    await clientFromTransport(transport).listDocuments({});
    expect(headers).not.toHaveProperty(TOKEN_HEADER);
  });

  it('rethrows an error result from the host with its code', async () => {
    const transport = httpTransport('t', async () =>
      jsonResponse({ ok: false, error: { code: 'not_a_project', message: '/tmp/x is not a Spanmark project' } }),
    );
    await expect(clientFromTransport(transport).openProject({ path: '/tmp/x' })).rejects.toMatchObject({
      code: 'not_a_project',
      message: '/tmp/x is not a Spanmark project',
    });
  });

  it('explains a refused token instead of failing to parse the answer', async () => {
    const transport = httpTransport('wrong', async () => new Response('unauthorized', { status: 401 }));
    const failure = await clientFromTransport(transport)
      .getSessionInfo({})
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect(failure).toMatchObject({ code: 'transport' });
    expect((failure as Error).message).toMatch(/spanmark serve/u);
  });

  it('reports an unreachable host as a transport error', async () => {
    const transport = httpTransport('t', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(clientFromTransport(transport).getStats({})).rejects.toMatchObject({ code: 'transport' });
  });
});
