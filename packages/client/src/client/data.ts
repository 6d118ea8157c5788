import { VaultResponseError } from '../errors/VaultResponseError.js';
import type { Received } from './request.js';

/** The `data` array of a list response, or `VaultResponseError` when the body has none. */
export function dataArray<T>(received: Received<{ data: T[] }>): T[] {
  const data = dataOf(received);
  if (!Array.isArray(data)) throw shapeError(received, 'a body whose "data" is an array');
  return data as T[];
}

/** The `data` object of a single-record response, or `VaultResponseError` when the body has none. */
export function dataObject<T extends object>(received: Received<{ data: T }>): T {
  const data = dataOf(received);
  if (!isRecord(data)) throw shapeError(received, 'a body whose "data" is an object');
  return data as T;
}

/** The raw `data` of a response whose shape the caller checks itself. */
export function dataOf(received: Received<unknown>): unknown {
  return isRecord(received.body) ? received.body.data : undefined;
}

/** A `VaultResponseError` for `received`. */
export function shapeError(received: Received<unknown>, expected: string): VaultResponseError {
  return new VaultResponseError(received.description, { status: received.status, body: received.body, expected });
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
