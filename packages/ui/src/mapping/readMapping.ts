import {
  parseJsonPath,
  resolveJsonPath,
  type CustomField,
  type CustomMapping,
  type PathStep,
} from '@integrations-kit/client';
import { exampleText } from './exampleTree.js';
import { isRecord } from '../lib/isRecord.js';

/**
 * Where a target stands: `needed` (required, not mapped), `unmapped`, `mapped`, or `stale` (its
 * JSONPath no longer leads anywhere in the example record).
 */
export type MappingState = 'needed' | 'unmapped' | 'mapped' | 'stale';

/** A target's state and, when known, the example value its mapping reads now, as text. */
export interface MappingReading {
  state: MappingState;
  reads?: string;
}

/**
 * Reads a target's mapping against the resource's example record (`undefined` while it is not
 * loaded) and custom fields. A custom field's finder reads that field's value. A path outside the
 * dialect, or a finder that finds nothing in the example (custom fields often live outside the
 * example record), is never called stale and shows the example the API sent.
 * An example with no own keys counts as not known: the client turns a missing one into `{}`.
 *
 * @example readMapping(target, { root: { training: { first_aid: 'yes' } } }) // { state: 'mapped', reads: 'yes' }
 */
export function readMapping(target: CustomMapping, example: unknown, fields: CustomField[] = []): MappingReading {
  const { value } = target;
  if (value === null) return { state: target.required ? 'needed' : 'unmapped' };
  const field = fields.find((candidate) => candidate.finder === value);
  if (field) return { state: 'mapped', reads: exampleText(field.value) };
  const fallback: MappingReading = { state: 'mapped', reads: target.example ?? undefined };
  if (unknown(example)) return fallback;
  const found = resolveJsonPath(example, value);
  if (found !== undefined) return { state: 'mapped', reads: exampleText(found) };
  return keysOnly(parseJsonPath(value)) ? { state: 'stale' } : fallback;
}

// Only a path of keys and indexes that leads nowhere is stale: a finder's items (custom fields) often
// live outside the example record, so finding nothing there proves nothing.
function keysOnly(steps: PathStep[] | undefined): boolean {
  return steps !== undefined && steps.every((step) => typeof step !== 'object');
}

// Not loaded, or loaded empty: the client reads a missing or non-object example as `{}`, and
// against that every mapping would look stale.
function unknown(example: unknown): boolean {
  return example === undefined || (isRecord(example) && Object.keys(example).length === 0);
}
