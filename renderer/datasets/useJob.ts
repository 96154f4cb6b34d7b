// Follows a background import or export until it ends, polling its status.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { JobStatus } from '../../shared/domain';
import { errorMessage } from '../api/apiCallError';

const POLL_MS = 150;

/** The job being followed, and a function that starts following a new one. */
export function useJob(client: ApiClient): { job: JobStatus | null; follow(job: JobStatus): Promise<JobStatus> } {
  const [job, setJob] = useState<JobStatus | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  const follow = useCallback(
    async (started: JobStatus): Promise<JobStatus> => {
      let current = started;
      setJob(current);
      while (current.state === 'running' && alive.current) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        try {
          current = await client.getJob({ id: current.id });
        } catch (error) {
          current = { ...current, state: 'failed', error: { code: 'transport', message: errorMessage(error) } };
        }
        if (alive.current) setJob(current);
      }
      return current;
    },
    [client],
  );
  return { job, follow };
}
