import type { Command } from 'commander';
import { callService } from '../callService';
import { withProject } from '../openContext';

/** `spanmark merge <project> <other.spanmark>...`: other annotators' work from other copies of the project. */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description(
      'merge other copies of this project (annotated on other laptops) into it; the other files are only read',
    )
    .argument('<project>', 'the .spanmark project file to merge into')
    .argument('<others...>', 'project files to merge from')
    .action((projectPath: string, others: string[]) => {
      const report = withProject(projectPath, (context) => callService(context, 'mergeProjects', { paths: others }));
      for (const unmatched of report.unmatched) process.stderr.write(`not matched: ${unmatched}\n`);
      for (const conflict of report.conflicts) process.stderr.write(`conflict: ${conflict}\n`);
      for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
      process.stdout.write(
        `Merged ${report.documentsMatched} documents: ${report.spansAdded} spans and ${report.relationsAdded} relations added; ` +
          `${report.unmatched.length} documents not matched, ${report.conflicts.length} conflicts (this project's version kept).\n`,
      );
    });
}
