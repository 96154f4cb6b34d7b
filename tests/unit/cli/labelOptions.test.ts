// CLI lists that name annotators and labels: a name may hold a comma when quoted (issue 9 item 8),
// and --map-labels maps the files' labels onto the project's (issue 10 item 8).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLabelMap } from '../../../main/cli/commands/import';
import { splitList } from '../../../main/cli/splitList';
import { runCli, runCliOk } from '../../helpers/cli';
import { realdata } from '../../helpers/realdata';
import { makeTempDir } from '../../helpers/tempDir';

describe('comma-separated lists', () => {
  it('keeps a quoted item with a comma whole, trims the others and reads "" inside quotes as a quote', () => {
    expect(splitList('ana, "Smith, J." ,bob')).toEqual(['ana', 'Smith, J.', 'bob']);
    expect(splitList('"say ""hi""",x')).toEqual(['say "hi"', 'x']);
    expect(splitList('a,,b')).toEqual(['a', 'b']);
    expect(splitList(undefined)).toBeUndefined();
    expect(() => splitList('"open,b')).toThrow(/never closes/u);
  });

  it('reads --map-labels pairs, repeated or comma-separated, and refuses a malformed or contradictory one', () => {
    expect(parseLabelMap(['Claim=claim,Premise=evidence', '"Name_Calling,Labeling=Name_Calling,Labeling"'])).toEqual({
      Claim: 'claim',
      Premise: 'evidence',
      'Name_Calling,Labeling': 'Name_Calling,Labeling',
    });
    expect(() => parseLabelMap(['Claim'])).toThrow(/"Claim" is not FILE_LABEL=PROJECT_LABEL/u);
    expect(() => parseLabelMap(['Claim=claim,Claim=evidence'])).toThrow(/mapped twice/u);
  });
});

describe('the CLI with names and labels from other tools', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let project: string;
  beforeEach(() => {
    temp = makeTempDir();
    project = join(temp.dir, 'p.spanmark');
    runCliOk(['init', project]);
  });
  afterEach(() => temp.cleanup());

  it('imports AAEC with --map-labels: Claim and Premise land on claim and evidence, MajorClaim is added', () => {
    const gold = realdata('aaec_multiannotator', 'brat-project-final');
    const result = runCliOk([
      'import',
      project,
      gold,
      '--format',
      'brat',
      '--annotator',
      'gold',
      '--map-labels',
      'Claim=claim,Premise=evidence',
    ]);
    expect(result.stderr).toMatch(/label "MajorClaim" is not in the project's scheme; added it/u);
    expect(result.stderr).not.toMatch(/label "(Claim|Premise)"/u);
    const stats = JSON.parse(runCliOk(['stats', project, '--json']).stdout) as { labels: Record<string, number> };
    expect(stats.labels).toMatchObject({ claim: 11, evidence: 25, MajorClaim: 6 });
  });

  it('compares an annotator named "Smith, J." when the name is quoted in --annotators', () => {
    const file = join(temp.dir, 'a.jsonl');
    const spans = (annotator: string) => [{ start: 0, end: 5, label: 'claim', annotator }];
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'd1', text: 'Hello world', spans: [...spans('Smith, J.'), ...spans('ana')] })}\n`,
    );
    runCliOk(['import', project, file]);
    const report = JSON.parse(runCliOk(['agreement', project, '--annotators', '"Smith, J.",ana', '--json']).stdout) as {
      annotators: string[];
    };
    expect(report.annotators).toEqual(['Smith, J.', 'ana']);
    expect(runCli(['agreement', project, '--annotators', '"Smith, J.,ana']).stderr).toMatch(/never closes/u);
  });
});
