// The user's settings of the open project (annotator, blind mode, snapping), read from and written to
// the project file through the API. Browser storage is per port, and each start may pick a new
// port, so the window keeps nothing of its own.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../shared/api';
import { DEFAULT_USER_SETTINGS, type UserSettings } from '../../shared/domain';

export interface UserSettingsState {
  /** The settings; the defaults until the project's are loaded. */
  settings: UserSettings;
  loaded: boolean;
  /** Changes some settings at once on screen, and in the project file. */
  update(patch: Partial<UserSettings>): void;
}

/** Loads the settings whenever another project opens. */
export function useUserSettings(client: ApiClient, projectPath: string | null): UserSettingsState {
  const [state, setState] = useState<{ projectPath: string | null; settings: UserSettings; loaded: boolean }>({
    projectPath: null,
    settings: DEFAULT_USER_SETTINGS,
    loaded: false,
  });
  // Changes made while the load was on its way win over what it brings.
  const unsaved = useRef<Partial<UserSettings>>({});

  useEffect(() => {
    unsaved.current = {};
    setState({ projectPath, settings: DEFAULT_USER_SETTINGS, loaded: false });
    if (projectPath === null) return;
    let current = true;
    client.getUserSettings({}).then(
      (settings) => current && setState({ projectPath, settings: { ...settings, ...unsaved.current }, loaded: true }),
      // Unreadable settings: the defaults hold, and the load error of the project says why.
      () => current && setState((previous) => ({ ...previous, loaded: true })),
    );
    return () => {
      current = false;
    };
  }, [client, projectPath]);

  const update = useCallback(
    (patch: Partial<UserSettings>) => {
      unsaved.current = { ...unsaved.current, ...patch };
      setState((previous) => ({ ...previous, settings: { ...previous.settings, ...patch } }));
      // A refused write leaves the choice in place for this window; the next start shows the old one.
      client.updateUserSettings(patch).catch(() => undefined);
    },
    [client],
  );

  const settings = state.projectPath === projectPath ? state.settings : DEFAULT_USER_SETTINGS;
  return { settings, loaded: state.projectPath === projectPath && state.loaded, update };
}

const UserSettingsContext = createContext<UserSettingsState>({
  settings: DEFAULT_USER_SETTINGS,
  loaded: false,
  update: () => undefined,
});

/** Makes the settings available to every view of the window. */
export function UserSettingsProvider({ value, children }: { value: UserSettingsState; children: ReactNode }) {
  return <UserSettingsContext.Provider value={value}>{children}</UserSettingsContext.Provider>;
}

/** The settings of the open project, from the nearest provider. */
export function useUserSettingsContext(): UserSettingsState {
  return useContext(UserSettingsContext);
}
