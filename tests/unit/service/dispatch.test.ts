import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceContext } from '../../../main/service/context';
import { dispatch } from '../../../main/service/dispatch';
import { createProject } from '../../../main/service/project';
import { METHOD_NAMES } from '../../../shared/api';
import { makeTempDir } from '../../helpers/tempDir';

let temp: ReturnType<typeof makeTempDir>;
let context: ServiceContext;
beforeEach(() => {
  temp = makeTempDir();
  context = new ServiceContext(createProject(join(temp.dir, 'p.spanmark')), {
    appVersion: '0.0.0-test',
    defaultAnnotator: 'ana',
  });
});
afterEach(() => {
  context.close();
  temp.cleanup();
});

describe('dispatch', () => {
  it('returns an unknown method as an error value instead of throwing', () => {
    expect(dispatch(context, 'dropTables', {})).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'there is no API method "dropTables"' },
    });
    expect(dispatch(context, 'toString', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('validates params against the contract before any handler runs', () => {
    expect(dispatch(context, 'getDocument', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'bad_params', message: expect.stringMatching(/getDocument: .*\(id\)/) },
    });
    expect(dispatch(context, 'createAnnotator', { name: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'bad_params', message: expect.stringMatching(/cannot be empty/) },
    });
    expect(dispatch(context, 'createAnnotator', { name: 'a\u0000b' })).toMatchObject({
      ok: false,
      error: { code: 'bad_params' },
    });
    expect(dispatch(context, 'importFiles', { paths: [] })).toMatchObject({
      ok: false,
      error: { code: 'bad_params', message: expect.stringMatching(/at least one/) },
    });
    expect(dispatch(context, 'exportFile', { format: 'xml', out: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'bad_params' },
    });
    expect(dispatch(context, 'listAnnotators', {})).toEqual({ ok: true, value: [] });
  });

  it('turns handler failures into error values with the handler’s code', () => {
    expect(dispatch(context, 'getDocument', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'no document with id "nope" in this project' },
    });
    expect(dispatch(context, 'openProject', { path: join(temp.dir, 'missing.spanmark') })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('reports the session and creates annotators idempotently', () => {
    expect(dispatch(context, 'getSessionInfo', {})).toMatchObject({
      ok: true,
      value: { projectName: 'p', defaultAnnotator: 'ana' },
    });
    expect(dispatch(context, 'createAnnotator', { name: ' ana ' })).toEqual({ ok: true, value: 'ana' });
    expect(dispatch(context, 'createAnnotator', { name: 'ana' })).toEqual({ ok: true, value: 'ana' });
    expect(dispatch(context, 'listAnnotators', {})).toEqual({ ok: true, value: ['ana'] });
  });

  it('switches projects with createProject and openProject', () => {
    const other = join(temp.dir, 'other.spanmark');
    expect(dispatch(context, 'createProject', { path: other })).toMatchObject({
      ok: true,
      value: { projectPath: other, projectName: 'other' },
    });
    expect(dispatch(context, 'openProject', { path: join(temp.dir, 'p.spanmark') })).toMatchObject({
      ok: true,
      value: { projectName: 'p' },
    });
  });

  it('has a handler for every method of the contract', () => {
    for (const method of METHOD_NAMES) {
      expect(dispatch(context, method, null)).not.toMatchObject({ error: { code: 'unknown_method' } });
    }
  });
});
