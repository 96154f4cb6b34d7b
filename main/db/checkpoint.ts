// The project is one file to the user: they copy it to a USB stick or mail it while the app is
// open. Recent commits live in the `-wal` file beside it until a checkpoint copies them into the
// project file, so an open project is checkpointed when it goes idle and when it is closed.
import type { Db } from './open';
import { prepared } from './statements';

/** How long after the last write an idle project is checkpointed. */
export const IDLE_CHECKPOINT_MS = 2000;

interface CheckpointRow {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * Copies committed pages from the WAL into the project file without waiting for anyone (PASSIVE);
 * true when the project file now holds every commit.
 */
export function checkpointProject(db: Db): boolean {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as CheckpointRow[];
    return row !== undefined && row.busy === 0 && row.checkpointed === row.log;
  } catch {
    return false;
  }
}

/** Checkpoints and empties the WAL (waiting briefly for other connections), then closes the connection. */
export function closeProjectDb(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('busy_timeout = 500');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Another connection still writes; it checkpoints when it goes idle or closes.
  }
  db.close();
}

/**
 * Watches an open project for commits (its own and other connections') and checkpoints it once no
 * commit has come for IDLE_CHECKPOINT_MS. Returns the function that stops watching.
 */
export function startIdleCheckpoints(db: Db): () => void {
  let seen = commitMark(db);
  let lastChange = Date.now();
  let pending = true;
  const timer = setInterval(() => {
    if (!db.open) return stop();
    const mark = commitMark(db);
    if (mark !== seen) {
      seen = mark;
      lastChange = Date.now();
      pending = true;
    } else if (pending && Date.now() - lastChange >= IDLE_CHECKPOINT_MS) {
      pending = !checkpointProject(db);
      // A reader elsewhere held the pages back: try again after another idle period.
      if (pending) lastChange = Date.now();
    }
  }, IDLE_CHECKPOINT_MS / 4);
  // The watch never keeps a process (a CLI command, a test) alive on its own.
  timer.unref();
  const stop = () => clearInterval(timer);
  return stop;
}

// Changes when this connection writes (total_changes) or another one commits (data_version).
function commitMark(db: Db): string {
  try {
    const changes = prepared(db, 'SELECT total_changes()').pluck().get() as number;
    return `${changes}:${db.pragma('data_version', { simple: true }) as number}`;
  } catch {
    return '';
  }
}
