import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runCliOk } from '../../helpers/cli';
import { realdata } from '../../helpers/realdata';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let project: string;
beforeAll(() => {
  temp = makeTempDir();
  project = join(temp.dir, 'aaec.spanmark');
  runCliOk(['init', project]);
  // The adjudicated essays come in as `gold`; the three annotators' files are matched to them by name.
  runCliOk([
    'import',
    project,
    realdata('aaec_multiannotator', 'brat-project-final'),
    '--format',
    'brat',
    '--annotator',
    'gold',
  ]);
  for (const n of [1, 2, 3]) {
    runCliOk([
      'import',
      project,
      realdata('aaec_multiannotator', 'brat-project-final'),
      realdata('aaec_multiannotator', 'Step1', `annotator${n}`),
      '--format',
      'brat',
      '--annotator',
      'gold',
    ]);
  }
});
afterAll(() => temp.cleanup());

const agreement = (...args: string[]) => JSON.parse(runCliOk(['agreement', project, '--json', ...args]).stdout);

describe('spanmark agreement', () => {
  it('prints one JSON object with every measure, leaving gold out by default', () => {
    const report = agreement();
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'annotators',
        'documents',
        'labels',
        'alpha_u',
        'krippendorff_alpha',
        'fleiss_kappa',
        'cohen_kappa',
        'f1_exact',
        'f1_overlap',
        'per_document',
      ]),
    );
    expect(report.annotators).toEqual(['annotator1', 'annotator2', 'annotator3']);
    expect(report.documents).toBe(3);
    expect(report.labels).toEqual(['Claim', 'MajorClaim', 'Premise']);
    expect(report.cohen_kappa).toHaveLength(3);
    for (const value of [report.alpha_u.overall, report.krippendorff_alpha.overall, report.fleiss_kappa.overall]) {
      expect(value).toBeGreaterThan(0.5);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(report.per_document.map((d: { id: string }) => d.id).sort()).toEqual(['essay004', 'essay005', 'essay006']);
  });

  it('compares the annotators and labels asked for, and each annotator against gold', () => {
    const pair = agreement('--annotators', 'annotator1,gold', '--labels', 'Claim');
    expect(pair.annotators).toEqual(['annotator1', 'gold']);
    expect(pair.labels).toEqual(['Claim']);
    expect(pair.f1_exact[0]).toMatchObject({ a: 'annotator1', b: 'gold' });
  });

  it('prints readable tables without --json, and one clear line for an unknown annotator', () => {
    expect(runCliOk(['agreement', project]).stdout).toMatch(/α_U/);
    const result = runCli(['agreement', project, '--annotators', 'annotator1,nobody']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/nobody/);
  });
});
