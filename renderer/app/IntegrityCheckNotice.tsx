// While a large project is checked for damage in the background: how far the check is, and, if it
// found damage, the project's refusal to write with the ways out (the service decides; this shows it).
import { useEffect, useState } from 'react';
import type { ApiClient } from '../../shared/api';
import type { IntegrityReport, JobStatus } from '../../shared/domain';
import { ErrorBanner } from '../common/ErrorBanner';
import { useJob } from '../datasets/useJob';

interface IntegrityCheckNoticeProps {
  client: ApiClient;
  /** The check's job id (SessionInfo.integrityCheck); null when the project was checked as it opened. */
  jobId: string | null;
}

/** A notice with the check's progress, then nothing (intact) or an error banner (damaged). */
export function IntegrityCheckNotice({ client, jobId }: IntegrityCheckNoticeProps) {
  const { job, follow } = useJob(client);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    setDismissed(false);
    if (jobId === null) return;
    void client.getJob({ id: jobId }).then(follow, () => undefined);
  }, [client, follow, jobId]);
  if (jobId === null || job === null || job.id !== jobId || dismissed) return null;
  if (job.state === 'running') {
    return (
      <div className="notice-banner" role="status" data-testid="integrity-check">
        <p className="notice-message">
          Checking the project file for damage{progressText(job)}… You can work meanwhile; a damaged file is reported
          here.
        </p>
      </div>
    );
  }
  const problem = damageOf(job);
  return problem === null ? null : <ErrorBanner message={problem} onDismiss={() => setDismissed(true)} />;
}

function progressText(job: JobStatus): string {
  const { done, total } = job.progress;
  return total === null || total === 0 ? '' : ` (${done} of ${total} parts)`;
}

// The service's own words: why the check failed, or what the damage it found means and the way out.
function damageOf(job: JobStatus): string | null {
  if (job.state === 'failed') return job.error?.message ?? 'The project file could not be checked for damage.';
  return (job.result as IntegrityReport).message;
}
