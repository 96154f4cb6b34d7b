import { Option, type Command } from 'commander';
import { IMPORT_FORMATS, type ImportFormat } from '../../../shared/formats/formatNames';
import { SpanmarkError } from '../../../shared/errors';
import { callService } from '../callService';
import { splitList } from '../splitList';
import { withProject } from '../openContext';

interface ImportOptions {
  format: ImportFormat;
  annotator?: string;
  mapLabels: string[];
  skipInvalid: boolean;
  asNew: boolean;
}

/** `Claim=claim,Premise=evidence` (the option may repeat; quote an item holding a comma) → { Claim: 'claim', Premise: 'evidence' }. */
export function parseLabelMap(values: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const item of values.flatMap((value) => splitList(value) ?? [])) {
    const equals = item.lastIndexOf('=');
    const from = item.slice(0, equals).trim();
    const to = item.slice(equals + 1).trim();
    if (equals === -1 || from === '' || to === '') {
      throw new SpanmarkError(
        'bad_params',
        `--map-labels: ${JSON.stringify(item)} is not FILE_LABEL=PROJECT_LABEL; write e.g. --map-labels Claim=claim,Premise=evidence`,
      );
    }
    if (Object.prototype.hasOwnProperty.call(map, from) && map[from] !== to) {
      throw new SpanmarkError(
        'bad_params',
        `--map-labels: "${from}" is mapped twice, to "${map[from]}" and to "${to}"; keep one`,
      );
    }
    map[from] = to;
  }
  return map;
}

/** `spanmark import <project> <path>...`: documents and annotations, all or nothing unless --skip-invalid. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import documents (and their annotations) into a project; a failing import changes nothing')
    .argument('<project>', 'the .spanmark project file')
    .argument('<paths...>', 'files or folders to import (folders are searched recursively)')
    .addOption(
      new Option('--format <format>', 'input format; auto knows .txt and .jsonl (native) by extension, name any other')
        .choices(IMPORT_FORMATS)
        .default('auto'),
    )
    .option('--annotator <name>', 'annotator for spans and statuses that name none')
    .option(
      '--map-labels <list>',
      "labels of the files to use as the project's labels, e.g. Claim=claim,Premise=evidence (quote an item with a comma); other unknown labels are added",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--skip-invalid', 'import the valid records and report the ones left out, instead of failing', false)
    .option('--as-new', 'import a document whose id is taken by a different text under a new id (<id>~2)', false)
    .action((projectPath: string, paths: string[], { mapLabels, ...options }: ImportOptions) => {
      const labelMap = parseLabelMap(mapLabels);
      const report = withProject(projectPath, (context) =>
        callService(context, 'importFiles', { paths, ...options, labelMap }),
      );
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
