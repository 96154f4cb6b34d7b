import type { Command } from 'commander';
import { relationTypeCounts } from '../../db/stats';
import { callService } from '../callService';
import { withProject } from '../openContext';

/** `spanmark stats <project> [--json]`: documents, annotators, spans and relations per label. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count documents, annotators, spans and relations (per label)')
    .argument('<project>', 'the .spanmark project file')
    .option('--json', 'print one JSON object')
    .action((projectPath: string, options: { json?: boolean }) => {
      withProject(projectPath, (context) => {
        const stats = callService(context, 'getStats', {});
        if (options.json) {
          process.stdout.write(`${JSON.stringify(stats)}\n`);
          return;
        }
        const relationTypes = relationTypeCounts(context.project.db);
        const lines = [
          `Project     ${context.project.path}`,
          `Documents   ${stats.documents}`,
          `Annotators  ${stats.annotators.length === 0 ? '(none)' : stats.annotators.join(', ')}`,
          `Spans       ${stats.spans}`,
          ...Object.entries(stats.labels).map(([label, count]) => `  ${label.padEnd(24)} ${count}`),
          `Relations   ${stats.relations}`,
          ...Object.entries(relationTypes).map(([type, count]) => `  ${type.padEnd(24)} ${count}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}
