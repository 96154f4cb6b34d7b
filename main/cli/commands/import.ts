import { Option, type Command } from 'commander';
import { IMPORT_FORMATS, type ImportFormat } from '../../../shared/formats/formatNames';
import { callService } from '../callService';
import { withProject } from '../openContext';

/** `spanmark import <project> <path>...`: documents and annotations, all or nothing. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import documents (and their annotations) into a project; a failing import changes nothing')
    .argument('<project>', 'the .spanmark project file')
    .argument('<paths...>', 'files or folders to import')
    .addOption(new Option('--format <format>', 'input format; auto picks by extension (.txt, .jsonl)').choices(IMPORT_FORMATS).default('auto'))
    .option('--annotator <name>', 'annotator for spans and statuses that name none')
    .action((projectPath: string, paths: string[], options: { format: ImportFormat; annotator?: string }) => {
      const report = withProject(projectPath, (context) =>
        callService(context, 'importFiles', { paths, format: options.format, annotator: options.annotator }),
      );
      for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
      process.stdout.write(
        `Imported ${report.documentsAdded} new documents (${report.documentsMatched} already present), ${report.spansAdded} spans, ${report.relationsAdded} relations.\n`,
      );
    });
}
