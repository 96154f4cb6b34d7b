// A loopback host on a fresh project in `dir`, serving a one-page renderer from `dir/renderer`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type HostLimits, type RunningHost } from '../../main/host/server';
import { browserAccess } from '../../main/uploads/pathPolicy';
import { ServiceContext } from '../../main/service/context';
import { createProject } from '../../main/service/project';

/** Starts the host; `base` is its origin. */
export async function startTestHost(
  dir: string,
  limits?: Partial<HostLimits>,
): Promise<{ host: RunningHost; base: string }> {
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Spanmark</title>');
  const context = new ServiceContext(createProject(join(dir, 'p.spanmark')), {
    appVersion: 'test',
    browser: browserAccess([dir]),
  });
  const host = await startHost({ context, staticDir, limits });
  return { host, base: `http://127.0.0.1:${host.port}` };
}
