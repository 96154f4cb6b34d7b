import type { ErrorCode, MethodName } from '../../shared/api';

/** `transport` is the client's own code: the request never got an answer from main. */
export type ClientErrorCode = ErrorCode | 'transport';

/** An API call that failed; `message` is written for the user, `code` for the program. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly method: MethodName,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** The text to show a user for anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
