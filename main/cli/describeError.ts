import { SpanmarkError } from '../../shared/errors';

/** One line for the user: our own messages as they are, anything else with what to do. */
export function describeError(error: unknown): string {
  if (error instanceof SpanmarkError) return error.message;
  const nodeError = error as NodeJS.ErrnoException;
  if (nodeError.code === 'EADDRINUSE') return 'the port is already in use; pick another with --port or use --port 0';
  return `unexpected failure: ${nodeError.message ?? String(error)} (please report this)`;
}
