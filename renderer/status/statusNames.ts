import type { DocumentStatus } from '../../shared/domain';

/** What each document status is called on screen. */
export const STATUS_NAMES: Record<DocumentStatus, string> = { new: 'New', in_progress: 'In progress', done: 'Done' };
