import { Option, type Command } from 'commander';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../../shared/domain';
import { OFFSET_UNITS, type OffsetUnit } from '../../../shared/formats/codec';
import { EXPORT_FORMATS, type ExportFormat } from '../../../shared/formats/formatNames';
import { callService } from '../callService';
import { withProject } from '../openContext';
import { describeOffsetUnit } from '../describeOffsetUnit';

interface ExportOptions {
  format: ExportFormat;
  out: string;
  annotator: string[];
  offsets: OffsetUnit;
  status?: DocumentStatus;
  label: string[];
}

/** `spanmark export <project> --format F --out <path>`: a dataset, written atomically. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the project as a dataset file (or folder, for brat)')
    .argument('<project>', 'the .spanmark project file')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <path>', 'file to write (a folder for brat)')
    .option('--annotator <name>', 'only this annotator (repeat for several); all when omitted', collect, [])
    .addOption(new Option('--offsets <unit>', 'unit of the offsets written').choices(OFFSET_UNITS).default('codepoint'))
    .addOption(
      new Option('--status <status>', 'only documents a selected annotator has marked with this status').choices(
        DOCUMENT_STATUSES,
      ),
    )
    .option(
      '--label <label>',
      'only spans with this label or technique (repeat for several); a label includes its techniques',
      collect,
      [],
    )
    .action((projectPath: string, options: ExportOptions) => {
      const report = withProject(projectPath, (context) =>
        callService(context, 'exportFile', {
          format: options.format,
          out: options.out,
          annotators: options.annotator,
          offsets: options.offsets,
          status: options.status,
          labels: options.label,
        }),
      );
      for (const warning of report.warnings) process.stderr.write(`warning: ${warning}\n`);
      process.stdout.write(
        `Exported ${report.documents} documents, ${report.spans} spans and ${report.relations} relations to ${report.path} (offsets: ${describeOffsetUnit(report.offsetUnit)}).\n`,
      );
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
