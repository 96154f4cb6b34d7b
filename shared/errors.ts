import type { ApiError, ErrorCode } from './api';

/** An error a user can act on: a code for programs and a message that says what to do. */
export class SpanmarkError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SpanmarkError';
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message };
  }
}

/** Bad input in a file: the message names the file and the line. */
export class InputError extends SpanmarkError {
  constructor(
    readonly file: string,
    readonly line: number | null,
    reason: string,
  ) {
    super('invalid_input', `${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'InputError';
  }
}

/** Makes an exhaustive `switch` fail to compile when a case is missing. */
export function missingCase(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
