import { InvalidArgumentError, type Command } from 'commander';
import { serveProject } from '../../host/serveProject';
import { QUICK_CHECK_MAX_BYTES } from '../../db/open';
import { openProject } from '../../service/project';
import { resolve } from 'node:path';

/** `spanmark serve <project>`: the UI on 127.0.0.1 with an access token, until interrupted. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the UI for a project on 127.0.0.1 (prints the URL with its access token)')
    .argument('<project>', 'the .spanmark project file')
    .option('--port <n>', 'port to listen on; 0 picks a free one', parsePort, 0)
    .option('--annotator <name>', 'preselect who is annotating (created if new)')
    .option(
      '--folder <dir>',
      "a folder the browser may open, import from and export to (repeatable; default: the project's folder)",
      collect,
      [],
    )
    .option(
      '--check-limit <MB>',
      'a project larger than this is checked for damage in the background after it opens, not before',
      parseMegabytes,
      QUICK_CHECK_MAX_BYTES,
    )
    .action(
      async (
        projectPath: string,
        options: { port: number; annotator?: string; folder: string[]; checkLimit: number },
      ) => {
        const project = openProject(resolve(projectPath), { quickCheckMaxBytes: options.checkLimit });
        const folders = options.folder.length > 0 ? options.folder : undefined;
        const running = await serveProject({
          project,
          port: options.port,
          annotator: options.annotator ?? null,
          folders,
          quickCheckMaxBytes: options.checkLimit,
        });
        await new Promise<void>((done) => {
          const stop = () => void running.close().then(done);
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      },
    );
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseMegabytes(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes < 0)
    throw new InvalidArgumentError('give a size in megabytes, 0 or more');
  return megabytes * 1024 * 1024;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('give a port number from 0 to 65535');
  return port;
}
