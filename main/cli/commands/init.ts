import type { Command } from 'commander';
import { appVersion } from '../../appPaths';
import { ServiceContext } from '../../service/context';
import { callService } from '../callService';

/** `spanmark init <project>`: an empty project with the default label scheme. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create an empty project with the default label scheme')
    .argument('<project>', 'path of the new .spanmark file')
    .action((projectPath: string) => {
      const context = new ServiceContext(null, { appVersion: appVersion() });
      try {
        const session = callService(context, 'createProject', { path: projectPath });
        const scheme = callService(context, 'getScheme', {});
        const labels = scheme.labels.filter((label) => label.parent === null).length;
        const techniques = scheme.labels.length - labels;
        process.stdout.write(
          `Created ${session.projectPath} with the default scheme: ${labels} labels, ${techniques} propaganda techniques, ${scheme.relationTypes.length} relation types.\n`,
        );
      } finally {
        context.close();
      }
    });
}
