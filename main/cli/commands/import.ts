import { Option, type Command } from 'commander';
import { IMPORT_FORMATS, type ImportFormat } from '../../../shared/formats/formatNames';
import { callService } from '../callService';
import { withProject } from '../openContext';

interface ImportOptions {
  format: ImportFormat;
  annotator?: string;
  skipInvalid: boolean;
  asNew: boolean;
}

/** `spanmark import <project> <path>...`: documents and annotations, all or nothing unless --skip-invalid. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import documents (and their annotations) into a project; a failing import changes nothing')
    .argument('<project>', 'the .spanmark project file')
    .argument('<paths...>', 'files or folders to import (folders are searched recursively)')
    .addOption(
      new Option('--format <format>', 'input format; auto knows .txt and .jsonl (native) by extension, name any other').choices(IMPORT_FORMATS).default('auto'),
    )
    .option('--annotator <name>', 'annotator for spans and statuses that name none')
    .option('--skip-invalid', 'import the valid records and report the ones left out, instead of failing', false)
    .option('--as-new', 'import a document whose id is taken by a different text under a new id (<id>~2)', false)
    .action((projectPath: string, paths: string[], options: ImportOptions) => {
      const report = withProject(projectPath, (context) => callService(context, 'importFiles', { paths, ...options }));
      for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
      if (report.skipped.length > 0) {
        process.stderr.write(`Skipped ${report.skipped.length} invalid records:\n`);
        for (const skipped of report.skipped) process.stderr.write(`  skipped: ${skipped}\n`);
      }
      process.stdout.write(
        `Imported ${report.documentsAdded} new documents (${report.documentsMatched} already present), ${report.spansAdded} spans, ${report.relationsAdded} relations${report.skipped.length > 0 ? `; skipped ${report.skipped.length} invalid records` : ''}.\n`,
      );
    });
}
