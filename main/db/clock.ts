/** The timestamp stored with every row and operation (UTC, ISO 8601). */
export function now(): string {
  return new Date().toISOString();
}
