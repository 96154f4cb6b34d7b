// What the Electron preload may have put on `window`. Read through a local type rather than a
// global declaration, so this never clashes with how main/ declares the same objects.
import type { DesktopBridge, SpanmarkBridge } from '../../shared/bridge';

interface WindowWithBridges {
  spanmark?: SpanmarkBridge;
  spanmarkDesktop?: DesktopBridge;
}

/** The preload's API bridge, present only in the Electron window. */
export function spanmarkBridge(): SpanmarkBridge | null {
  return (window as WindowWithBridges).spanmark ?? null;
}

/** The preload's desktop extras (native file dialogs), present only in the Electron window. */
export function desktopBridge(): DesktopBridge | null {
  return (window as WindowWithBridges).spanmarkDesktop ?? null;
}
