import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDataDir } from '../../../main/project/userDataDir';

describe('userDataDir', () => {
  it('is where Electron keeps userData on each OS', () => {
    expect(userDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Spanmark'));
    expect(userDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe(join('/xdg', 'Spanmark'));
    expect(userDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Spanmark'));
    expect(userDataDir({ APPDATA: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32')).toBe(
      join('C:\\Users\\me\\AppData\\Roaming', 'Spanmark'),
    );
  });

  it('can be moved with SPANMARK_USER_DATA', () => {
    expect(userDataDir({ SPANMARK_USER_DATA: '/portable/data' }, 'linux')).toBe('/portable/data');
  });
});
