import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/api';
import { dispatch } from '../service/dispatch';
import type { ServiceContext } from '../service/context';
import { newAccessToken, presentedToken, tokenCookieName, tokensMatch } from './accessToken';
import { hostIsAllowed, originIsAllowed } from './originCheck';
import { setSecurityHeaders } from './securityHeaders';
import { serveStaticFile } from './staticFiles';
import { sendDownload } from './downloads';
import { receiveUpload } from './uploads';
import type { HostFolders } from '../uploads/hostFolders';

/** How large a request may be, in bytes. */
export interface HostLimits {
  /** An API call's JSON body. */
  bodyBytes: number;
  /** One uploaded file. */
  uploadBytes: number;
}

const DEFAULT_LIMITS: HostLimits = { bodyBytes: 64 * 2 ** 20, uploadBytes: 4 * 2 ** 30 };

export interface HostOptions {
  context: ServiceContext;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  limits?: Partial<HostLimits>;
}

type Host = HostOptions & { token: string; port: number; folders: HostFolders; limits: HostLimits };

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * Starts the loopback HTTP host: the renderer's files and `POST /api/<method>` into the same
 * dispatch as the desktop window. It listens on 127.0.0.1 only; every request needs the token.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newAccessToken();
  const folders = options.context.options.browser?.folders;
  if (folders === undefined)
    throw new Error('the host needs a service context with browser access (main/uploads/pathPolicy.ts)');
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let port = 0;
  const server: Server = createServer((request, response) => {
    handleRequest(request, response, { ...options, token, port, folders, limits }).catch((error: unknown) => {
      // The cause goes to the terminal; the browser is told nothing about the server's files.
      process.stderr.write(
        `spanmark serve: ${request.method} request failed: ${(error as Error).stack ?? String(error)}\n`,
      );
      if (!response.headersSent)
        sendText(response, 500, 'internal error: the request failed; the terminal running Spanmark shows why');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          folders.remove();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

async function handleRequest(request: IncomingMessage, response: ServerResponse, host: Host): Promise<void> {
  setSecurityHeaders(response);
  if (!hostIsAllowed(request, host.port)) return sendText(response, 403, 'forbidden: unexpected Host header');
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${host.port}`);
  const presented = presentedToken(request, url, tokenCookieName(host.port));
  if (!tokensMatch(presented, host.token)) {
    return sendText(response, 401, 'unauthorized: open the full URL that `spanmark serve` printed, with its token');
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return sendText(response, 400, 'bad request: the address is not valid URL encoding');
  }
  if (pathname.startsWith('/api/')) return handleApi(request, response, host, pathname.slice('/api/'.length));
  if (pathname.startsWith('/upload/')) return handleUpload(request, response, host, pathname.slice('/upload/'.length));
  if (pathname.startsWith('/download/'))
    return handleDownload(request, response, host, pathname.slice('/download/'.length));
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'method not allowed');
  if (url.searchParams.has('token')) {
    // The page's own assets and API calls then carry the token without it staying in the address bar.
    response.setHeader('set-cookie', `${tokenCookieName(host.port)}=${host.token}; HttpOnly; SameSite=Strict; Path=/`);
  }
  if (!(await serveStaticFile(host.staticDir, pathname, response))) sendText(response, 404, 'not found');
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  host: Host,
  method: string,
): Promise<void> {
  if (request.method !== 'POST') return sendText(response, 405, 'API methods are called with POST');
  if (!originIsAllowed(request, host.port)) return sendText(response, 403, 'forbidden: request from another origin');
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendText(response, 415, 'API requests must be JSON (content-type: application/json)');
  }
  const body = await readBody(request, host.limits.bodyBytes);
  if (body === null) {
    return sendJson(response, 413, {
      ok: false,
      error: {
        code: 'bad_params',
        message: `the request is larger than the limit of ${Math.round(host.limits.bodyBytes / 2 ** 20)} MiB`,
      },
    });
  }
  let params: unknown;
  try {
    params = body === '' ? {} : JSON.parse(body);
  } catch (error) {
    return sendJson(response, 400, {
      ok: false,
      error: { code: 'bad_params', message: `the request body is not valid JSON (${(error as Error).message})` },
    });
  }
  sendJson(response, 200, dispatch(host.context, method, params));
}

// PUT /upload/<batch>/<relative path>: one file of an Import… dialog; answers with the batch folder.
async function handleUpload(request: IncomingMessage, response: ServerResponse, host: Host, rest: string) {
  if (request.method !== 'PUT') return sendText(response, 405, 'uploads use PUT');
  if (!originIsAllowed(request, host.port)) return sendText(response, 403, 'forbidden: request from another origin');
  const slash = rest.indexOf('/');
  const batch = slash === -1 ? '' : rest.slice(0, slash);
  const outcome = await receiveUpload(
    request,
    host.folders.uploads,
    batch,
    rest.slice(slash + 1),
    host.limits.uploadBytes,
  );
  if (!outcome.ok) {
    response.setHeader('connection', 'close');
    return sendText(response, outcome.status, outcome.message);
  }
  sendJson(response, 200, { ok: true, value: { folder: join(host.folders.uploads, batch), path: outcome.path } });
}

// GET /download/<job id>: the file a finished export job wrote.
async function handleDownload(request: IncomingMessage, response: ServerResponse, host: HostOptions, jobId: string) {
  if (request.method !== 'GET') return sendText(response, 405, 'downloads use GET');
  const path = host.context.jobs.downloadOf(jobId);
  if (path === null) return sendText(response, 404, 'no finished export with that id; a download is served once');
  try {
    await sendDownload(response, path);
  } finally {
    host.context.jobs.forgetDownload(jobId);
  }
}

// The body as text, or null when it is larger than `maxBytes` (the rest is then not read).
function readBody(request: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > maxBytes) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes && !over) {
        over = true;
        chunks.length = 0;
        resolve(null);
      }
      if (!over) chunks.push(chunk);
    });
    request.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: ApiResult<unknown> | { ok: true; value: unknown },
): void {
  if (status === 413) response.setHeader('connection', 'close');
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}
