// The settings of the person at this computer, kept in the project file (not in browser storage,
// which is per port, so each `npm start` on a new port would forget them).
import { userInfo, hostname } from 'node:os';
import { userSettingsPatch } from '../../shared/api';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '../../shared/domain';
import type { Db } from '../db/open';
import { readSettings, writeSetting } from '../db/settings';
import { writeTransaction } from '../db/writeTransaction';

/** Whose settings these are: the OS user on this computer, so people sharing a project file keep their own. */
export function userScope(): string {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = process.env.USER ?? process.env.USERNAME ?? 'someone';
  }
  return `user:${name}@${hostname()}`;
}

/** The user's settings, defaults filled in; a stored value of the wrong shape counts as unset. */
export function getUserSettings(db: Db, scope: string): UserSettings {
  const settings: UserSettings = { ...DEFAULT_USER_SETTINGS };
  for (const [key, value] of Object.entries(readSettings(db, scope))) {
    const parsed = userSettingsPatch.safeParse({ [key]: value });
    if (parsed.success) Object.assign(settings, parsed.data);
  }
  return settings;
}

/** Stores the given settings of the user, all in one transaction; returns all of them. */
export function updateUserSettings(db: Db, scope: string, patch: Partial<UserSettings>): UserSettings {
  writeTransaction(db, () => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) writeSetting(db, scope, key, value);
  });
  return getUserSettings(db, scope);
}
