import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult } from '../../shared/api';
import { dispatch } from '../service/dispatch';
import type { ServiceContext } from '../service/context';
import { newAccessToken, presentedToken, TOKEN_COOKIE, tokensMatch } from './accessToken';
import { hostIsAllowed, originIsAllowed } from './originCheck';
import { setSecurityHeaders } from './securityHeaders';
import { serveStaticFile } from './staticFiles';
import { sendDownload } from './downloads';
import { receiveUpload, uploadBatchDir } from './uploads';

/** Largest API request body accepted, in bytes. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HostOptions {
  context: ServiceContext;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
}

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
  let port = 0;
  const server: Server = createServer((request, response) => {
    handleRequest(request, response, { ...options, token, port }).catch((error: unknown) => {
      if (!response.headersSent) sendText(response, 500, `internal error: ${(error as Error).message}`);
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
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  host: HostOptions & { token: string; port: number },
): Promise<void> {
  setSecurityHeaders(response);
  if (!hostIsAllowed(request, host.port)) return sendText(response, 403, 'forbidden: unexpected Host header');
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${host.port}`);
  const presented = presentedToken(request, url);
  if (!tokensMatch(presented, host.token)) {
    return sendText(response, 401, 'unauthorized: open the full URL that `spanmark serve` printed, with its token');
  }
  if (url.pathname.startsWith('/api/')) return handleApi(request, response, host, url.pathname.slice('/api/'.length));
  if (url.pathname.startsWith('/upload/')) return handleUpload(request, response, host, url.pathname.slice('/upload/'.length));
  if (url.pathname.startsWith('/download/')) return handleDownload(request, response, host, url.pathname.slice('/download/'.length));
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'method not allowed');
  if (url.searchParams.has('token')) {
    // The page's own assets and API calls then carry the token without it staying in the address bar.
    response.setHeader('set-cookie', `${TOKEN_COOKIE}=${host.token}; HttpOnly; SameSite=Strict; Path=/`);
  }
  if (!(await serveStaticFile(host.staticDir, url.pathname, response))) sendText(response, 404, 'not found');
}

async function handleApi(
  request: IncomingMessage,
  response: ServerResponse,
  host: HostOptions & { port: number },
  method: string,
): Promise<void> {
  if (request.method !== 'POST') return sendText(response, 405, 'API methods are called with POST');
  if (!originIsAllowed(request, host.port)) return sendText(response, 403, 'forbidden: request from another origin');
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendText(response, 415, 'API requests must be JSON (content-type: application/json)');
  }
  let params: unknown;
  try {
    const body = await readBody(request);
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
async function handleUpload(request: IncomingMessage, response: ServerResponse, host: HostOptions & { port: number }, rest: string) {
  if (request.method !== 'PUT') return sendText(response, 405, 'uploads use PUT');
  if (!originIsAllowed(request, host.port)) return sendText(response, 403, 'forbidden: request from another origin');
  const slash = rest.indexOf('/');
  const batch = slash === -1 ? '' : rest.slice(0, slash);
  let relativePath: string;
  try {
    relativePath = decodeURIComponent(rest.slice(slash + 1));
  } catch {
    return sendText(response, 400, 'the file name is not valid URL encoding');
  }
  const path = await receiveUpload(request, batch, relativePath);
  if (path === null) return sendText(response, 400, 'bad upload path: a batch id and a file name inside it');
  sendJson(response, 200, { ok: true, value: { folder: uploadBatchDir(batch), path } });
}

// GET /download/<job id>: the file a finished export job wrote.
async function handleDownload(request: IncomingMessage, response: ServerResponse, host: HostOptions, jobId: string) {
  if (request.method !== 'GET') return sendText(response, 405, 'downloads use GET');
  const path = host.context.jobs.downloadOf(jobId);
  if (path === null) return sendText(response, 404, 'no finished export with that id');
  await sendDownload(response, path);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`larger than ${MAX_BODY_BYTES} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: ApiResult<unknown>): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}
