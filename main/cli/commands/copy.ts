import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SpanmarkError } from '../../../shared/errors';
import { callService } from '../callService';
import { appVersion } from '../../appPaths';
import { ServiceContext } from '../../service/context';
import { openProject } from '../../service/project';

/** `spanmark copy <project> <out>`: a complete copy of a project, also while it is open elsewhere. */
export function registerCopy(program: Command): void {
  program
    .command('copy')
    .description(
      'write a complete copy of a project (every saved edit, also while Spanmark has it open) to send or back up',
    )
    .argument('<project>', 'the .spanmark project file to copy')
    .argument('<out>', 'the new file to write')
    .action((projectPath: string, out: string) => {
      if (existsSync(resolve(out)))
        throw new SpanmarkError('conflict', `${out} already exists; give a new file name for the copy`);
      // A damaged project opens here too (and only here): copying what can be read is the way out.
      const context = new ServiceContext(openProject(resolve(projectPath), { allowDamaged: true }), {
        appVersion: appVersion(),
      });
      let copy;
      try {
        copy = callService(context, 'saveCopy', { out });
      } finally {
        context.close();
      }
      process.stdout.write(`Copied ${projectPath} to ${copy.path} (${(copy.bytes / 1024).toFixed(0)} KiB).\n`);
    });
}
