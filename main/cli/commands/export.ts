import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/formats/formatNames';
import { callService } from '../callService';
import { withProject } from '../openContext';

/** `spanmark export <project> --format jsonl --out <file>`: a dataset file, written atomically. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the project as a dataset file')
    .argument('<project>', 'the .spanmark project file')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write')
    .option('--annotator <name>', 'only this annotator (repeat for several); all when omitted', collect, [])
    .action((projectPath: string, options: { format: ExportFormat; out: string; annotator: string[] }) => {
      const report = withProject(projectPath, (context) =>
        callService(context, 'exportFile', { format: options.format, out: options.out, annotators: options.annotator }),
      );
      process.stdout.write(
        `Exported ${report.documents} documents, ${report.spans} spans and ${report.relations} relations to ${report.path} (offsets: Unicode code points, end exclusive).\n`,
      );
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
