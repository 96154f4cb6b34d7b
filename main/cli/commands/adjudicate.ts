import { InvalidArgumentError, type Command } from 'commander';
import type { AutoMergeReport } from '../../../shared/adjudication';
import { callService } from '../callService';
import { withProject } from '../openContext';
import { splitList } from '../splitList';

interface AdjudicateOptions {
  annotators?: string;
  minAgree?: number;
  json?: boolean;
}

/** `spanmark adjudicate <project>`: auto-merge into gold, then say how many disagreements are left to curate. */
export function registerAdjudicate(program: Command): void {
  program
    .command('adjudicate')
    .description(
      'build the gold annotator: copy every span at least k annotators agree on (same start, end and label) into gold',
    )
    .argument('<project>', 'the .spanmark project file')
    .option(
      '--annotators <names>',
      'comma-separated annotators to compare, a name with a comma in double quotes (default: everyone with spans but gold)',
    )
    .option('--min-agree <k>', 'how many annotators must agree (default: a majority)', parseK)
    .option('--json', 'print the report as one JSON object')
    .action((projectPath: string, options: AdjudicateOptions) => {
      const report = withProject(projectPath, (context) =>
        callService(context, 'autoMerge', { annotators: splitList(options.annotators), k: options.minAgree }),
      );
      process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${describeReport(report)}\n`);
    });
}

/** The report in sentences, one line per document that changed. */
export function describeReport(report: AutoMergeReport): string {
  const rule = `${report.k} of ${report.annotators.length}`;
  const lines = [
    `Compared ${report.annotators.join(', ')}: a span goes into gold when at least ${rule} marked it with the same start, end and label.`,
  ];
  if (report.documents.length === 0) {
    lines.push(
      `Nothing new: gold already holds every span at least ${rule} agree on (${counted(report.documentsChecked, 'document')} checked).`,
    );
  } else {
    lines.push(
      `Added ${counted(report.spansAccepted, 'span')}${report.relationsAccepted > 0 ? ` and ${counted(report.relationsAccepted, 'relation')}` : ''} to gold in ${report.documents.length} of ${counted(report.documentsChecked, 'document')}` +
        ' (one undoable gold edit per document):',
    );
    for (const entry of report.documents) {
      lines.push(
        `  ${entry.document}: ${counted(entry.spans, 'span')}${entry.relations > 0 ? `, ${counted(entry.relations, 'relation')}` : ''}`,
      );
    }
  }
  lines.push(
    report.disagreementsLeft === 0
      ? 'No disagreements left to curate.'
      : `${counted(report.disagreementsLeft, 'disagreement')} left to curate: open the project and choose Curate.`,
  );
  return lines.join('\n');
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function parseK(value: string): number {
  const k = Number(value);
  if (!Number.isInteger(k) || k < 1)
    throw new InvalidArgumentError('give how many annotators must agree, a whole number from 1 up');
  return k;
}
