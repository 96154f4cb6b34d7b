// The user's settings live in the project file, per user, and survive closing and reopening it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeSetting } from '../../../main/db/settings';
import { ServiceContext } from '../../../main/service/context';
import { getUserSettings, updateUserSettings, userScope } from '../../../main/service/userSettings';
import { call, contextOn } from '../../helpers/serviceCalls';
import { openTempProject, type TempProject } from '../../helpers/tempProject';

let temp: TempProject;
let path: string;
let context: ServiceContext;
beforeEach(() => {
  temp = openTempProject();
  ({ path, context } = temp);
});
afterEach(() => temp.cleanup());

describe('user settings', () => {
  it('are blind mode with snapping on and nobody picked until chosen', () => {
    expect(call(context, 'getUserSettings', {})).toEqual({
      annotator: null,
      showOtherAnnotators: false,
      snapToWords: true,
    });
  });

  it('are kept in the project file, so a restart (another window, another port) reads them back', () => {
    expect(call(context, 'updateUserSettings', { annotator: 'ana', snapToWords: false })).toEqual({
      annotator: 'ana',
      showOtherAnnotators: false,
      snapToWords: false,
    });
    call(context, 'updateUserSettings', { showOtherAnnotators: true });
    context.close();
    context = contextOn(path);
    expect(call(context, 'getUserSettings', {})).toEqual({
      annotator: 'ana',
      showOtherAnnotators: true,
      snapToWords: false,
    });
  });

  it('are per user: another person at another computer keeps their own', () => {
    const db = context.project.db;
    updateUserSettings(db, 'user:bo@lab-2', { annotator: 'bo', showOtherAnnotators: true });
    expect(getUserSettings(db, userScope())).toEqual({
      annotator: null,
      showOtherAnnotators: false,
      snapToWords: true,
    });
    expect(getUserSettings(db, 'user:bo@lab-2').annotator).toBe('bo');
  });

  it('read a stored value of the wrong shape as unset, and refuse a bad one at the door', () => {
    writeSetting(context.project.db, userScope(), 'snapToWords', 'sometimes');
    expect(call(context, 'getUserSettings', {}).snapToWords).toBe(true);
    expect(() => call(context, 'updateUserSettings', { annotator: 'ana\u0007' })).toThrow(/annotator name/);
  });
});
