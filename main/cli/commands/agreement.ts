import { Option, type Command } from 'commander';
import { formatAgreementTables } from '../../../shared/agreement';
import { callService } from '../callService';
import { withProject } from '../openContext';
import { splitList } from '../splitList';

interface AgreementOptions {
  annotators?: string;
  labels?: string;
  level: 'stored' | 'top';
  json?: boolean;
}

/** `spanmark agreement <project>`: every agreement measure, per label and overall (see docs/agreement.md). */
export function registerAgreement(program: Command): void {
  program
    .command('agreement')
    .description(
      'inter-annotator agreement: α_U, Krippendorff’s α, Fleiss’ κ, Cohen’s κ, span F1 (see docs/agreement.md)',
    )
    .argument('<project>', 'the .spanmark project file')
    .option(
      '--annotators <names>',
      'comma-separated annotators to compare, a name with a comma in double quotes (default: all but gold)',
    )
    .option('--labels <labels>', 'comma-separated labels to compare (default: every label in use)')
    .addOption(
      new Option('--level <level>', 'stored: techniques as themselves; top: techniques folded into propaganda')
        .choices(['stored', 'top'])
        .default('stored'),
    )
    .option('--json', 'print one JSON object')
    .action((projectPath: string, options: AgreementOptions) => {
      const report = withProject(projectPath, (context) =>
        callService(context, 'getAgreement', {
          annotators: splitList(options.annotators),
          labels: splitList(options.labels),
          level: options.level,
        }),
      );
      process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${formatAgreementTables(report)}\n`);
    });
}
