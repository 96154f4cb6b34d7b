// Issue 10 item 8: an import maps the files' labels onto the project's (`labelMap`, the CLI's
// --map-labels, the Import dialog), previews which labels the files use, and gives labels it adds
// distinct colour-blind-safe colours instead of grey.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../main/service/context';
import { NEW_LABEL_PALETTE, nextLabelColor } from '../../../shared/labelPalette';
import { realdata } from '../../helpers/realdata';
import { call } from '../../helpers/serviceCalls';
import { openTempProject, type TempProject } from '../../helpers/tempProject';

let temp: TempProject;
let context: ServiceContext;
beforeEach(() => {
  temp = openTempProject();
  context = temp.context;
});
afterEach(() => temp.cleanup());

const AAEC_GOLD = realdata('aaec_multiannotator', 'brat-project-final');

describe('label mapping on import (AAEC: Claim, Premise, MajorClaim)', () => {
  it('previews the labels the files use, with counts and a case-insensitive match for the unknown ones', () => {
    const preview = call(context, 'previewImport', { paths: [AAEC_GOLD], format: 'brat' });
    expect(preview.documents).toBe(3);
    expect(preview.labels).toEqual([
      { key: 'Premise', count: 25, known: false, suggestion: null, problem: null },
      { key: 'Claim', count: 11, known: false, suggestion: 'claim', problem: null },
      { key: 'MajorClaim', count: 6, known: false, suggestion: null, problem: null },
    ]);
    expect(call(context, 'listDocuments', {})).toEqual([]);
  });

  it('imports mapped labels as the project’s labels and adds only the unmapped one', () => {
    const before = call(context, 'getScheme', {}).labels.length;
    const report = call(context, 'importFiles', {
      paths: [AAEC_GOLD],
      format: 'brat',
      annotator: 'gold',
      labelMap: { Claim: 'claim', Premise: 'evidence' },
    });
    const scheme = call(context, 'getScheme', {});
    expect(scheme.labels.length).toBe(before + 1);
    expect(scheme.labels.some((label) => label.key === 'Claim' || label.key === 'Premise')).toBe(false);
    expect(call(context, 'getStats', {}).labels).toMatchObject({ claim: 11, evidence: 25, MajorClaim: 6 });
    expect(report.warnings.filter((w) => /label "/u.test(w))).toEqual([
      expect.stringMatching(/label "MajorClaim" is not in the project's scheme; added it/u),
    ]);
  });

  it('gives each label it adds its own palette colour, none grey and none equal to a colour the scheme has', () => {
    const old = new Set(call(context, 'getScheme', {}).labels.map((label) => label.color));
    const report = call(context, 'importFiles', { paths: [AAEC_GOLD], format: 'brat', annotator: 'gold' });
    const added = call(context, 'getScheme', {}).labels.filter((label) =>
      ['Claim', 'Premise', 'MajorClaim'].includes(label.key),
    );
    const colors = added.map((label) => label.color);
    expect(new Set(colors).size).toBe(3);
    for (const color of colors) {
      expect(NEW_LABEL_PALETTE).toContain(color);
      expect(old.has(color)).toBe(false);
    }
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/label "Claim" .*added it; the scheme has "claim": pass --map-labels Claim=claim/u),
    );
  });

  it('takes Okabe-Ito colours in order, skipping one close to a colour in use, and is never grey', () => {
    expect(nextLabelColor([])).toBe('#e69f00');
    expect(nextLabelColor(['#e69f00'])).toBe('#56b4e9');
    // Sky blue is too close to the default scheme's opinion cyan, so bluish green comes next.
    expect(nextLabelColor(['#e69f00', '#56ccf2'])).toBe('#009e73');
    const all = [...NEW_LABEL_PALETTE];
    expect(all).toContain(nextLabelColor(all));
    expect(nextLabelColor(['#9b9b9b'])).not.toBe('#9b9b9b');
  });

  it('refuses a map to a key the scheme editor would refuse', () => {
    expect(() =>
      call(context, 'importFiles', { paths: [AAEC_GOLD], format: 'brat', labelMap: { Claim: 'a claim' } }),
    ).toThrow(/a key cannot contain spaces \(labelMap\.Claim\)/u);
  });
});
