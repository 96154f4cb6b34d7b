import { Command, CommanderError } from 'commander';
import { appVersion } from '../appPaths';
import { registerAdjudicate } from './commands/adjudicate';
import { registerAgreement } from './commands/agreement';
import { registerDocumentCommands } from './commands/documents';
import { registerCopy } from './commands/copy';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerInit } from './commands/init';
import { registerMerge } from './commands/merge';
import { registerServe } from './commands/serve';
import { registerStats } from './commands/stats';
import { describeError } from './describeError';

const program = new Command()
  .name('spanmark')
  .description('Spanmark: annotate claims, evidence, opinion and propaganda in news articles')
  .version(appVersion())
  // Usage errors stay on one line, like every other error of the CLI.
  .configureOutput({ outputError: (message, write) => write(`${message.trimEnd()} (see --help)\n`) })
  .exitOverride();

registerInit(program);
registerImport(program);
registerExport(program);
registerStats(program);
registerAgreement(program);
registerMerge(program);
registerCopy(program);
registerAdjudicate(program);
registerDocumentCommands(program);
registerServe(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  process.stderr.write(`error: ${describeError(error)}\n`);
  process.exit(1);
});
