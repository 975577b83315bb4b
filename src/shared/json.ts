/** A JSON object (not null, not an array); `T` is what its values are taken to be. */
export function isRecord<T = unknown>(value: unknown): value is Record<string, T> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
