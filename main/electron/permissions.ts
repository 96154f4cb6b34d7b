import type { Session } from 'electron';

/** Refuses every permission (camera, notifications, clipboard reads, devices…): annotating text needs none. */
export function setupPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
