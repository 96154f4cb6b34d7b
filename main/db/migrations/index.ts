import type { Database } from 'better-sqlite3';
import { up as initial } from './001_initial';
import { up as editHistory } from './002_edit_history';
import { up as curationDecisions } from './003_curation_decisions';
import { up as userSettings } from './004_user_settings';

/** A numbered schema step; version N leaves the file at `user_version = N`. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** Every migration in order. Append new ones; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', up: initial },
  { version: 2, name: 'edit history per document', up: editHistory },
  { version: 3, name: 'curation decisions', up: curationDecisions },
  { version: 4, name: 'settings per user', up: userSettings },
];

/** The schema version this build writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
