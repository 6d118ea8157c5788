import { normalizeConnection, type Connection, type FormField } from '@integrations-kit/client';
import { clone, isRecord } from '../util/clone.js';
import {
  connectionId,
  type Condition,
  type ConnectionRecord,
  type Credentials,
  type Writable,
} from './ConnectionRecord.js';
import { deriveStatus } from './deriveStatus.js';

const CONDITIONS = new Set<unknown>(['degraded', 'pending_refresh', 'needs_consent']);

/** The consumer's connections, keyed by `{unified_api}+{service_id}`, resettable to the initial set. */
export class ConnectionStore {
  readonly #initial = new Map<string, Connection>();
  #records = new Map<string, ConnectionRecord>();
  // Ids of the records changed since the initial set: what a snapshot keeps.
  readonly #changed = new Set<string>();
  /** Called after every change (a write, `put`, `reset`, `restore`). */
  onChange: (() => void) | undefined;

  constructor(connections: readonly Connection[]) {
    // One copy of the whole list, not one per connection: what the given connections share stays
    // shared in the copy (numbered copies of a fixture share its nested objects), which at 10,000
    // connections was a third of the mock's memory. The initial set is only ever read.
    for (const connection of clone(connections)) {
      this.#initial.set(connectionId(connection.unified_api ?? '', connection.service_id ?? ''), connection);
    }
    this.reset();
  }

  reset(): void {
    this.#records = new Map([...this.#initial].map(([id, connection]) => [id, toRecord(clone(connection))]));
    this.#changed.clear();
    this.onChange?.();
  }

  /** Copies of the records changed since the initial set (or the last `reset`). */
  changed(): ConnectionRecord[] {
    return [...this.#changed].flatMap((id) => {
      const record = this.#records.get(id);
      return record ? [clone(record)] : [];
    });
  }

  /** Puts back records as `changed()` gave them (a saved snapshot), their state as it was. */
  restore(records: readonly ConnectionRecord[]): void {
    for (const record of records) {
      const id = record.connection.id;
      if (typeof id !== 'string') continue;
      this.#records.set(id, clone(record));
      this.#changed.add(id);
    }
    this.onChange?.();
  }

  all(): ConnectionRecord[] {
    return [...this.#records.values()];
  }

  get(unifiedApi: string, serviceId: string): ConnectionRecord | undefined {
    return this.#records.get(connectionId(unifiedApi, serviceId));
  }

  /** Adds or replaces a connection as given (its `state` and `health` are kept when present). */
  put(connection: Connection): ConnectionRecord {
    const record = toRecord(clone(connection));
    this.#records.set(record.connection.id as string, record);
    this.#changed.add(record.connection.id as string);
    this.onChange?.();
    return record;
  }

  /** Re-derives `state` and `health` after a change and moves `updated_at` forward. */
  touch(record: ConnectionRecord): void {
    const { state, health } = deriveStatus(record);
    const connection = record.connection;
    connection.state = state;
    if (health) connection.health = health;
    else delete connection.health;
    const previous = connection.updated_at ?? 0;
    connection.updated_at = Math.max(Date.now(), previous + 1);
    this.#changed.add(connection.id as string);
    this.onChange?.();
  }

  /**
   * Back to `available`, as after a delete: connections of configured integrations always exist in
   * Vault, so deleting forgets the consumer's settings and credentials, not the connection.
   */
  forget(record: ConnectionRecord): void {
    const pristine = this.#initial.get(record.connection.id as string);
    const connection = record.connection;
    connection.enabled = false;
    connection.settings = {};
    delete connection.metadata;
    if (pristine?.configuration) connection.configuration = clone(pristine.configuration);
    record.added = false;
    record.credentials = 'none';
    delete record.condition;
    this.touch(record);
  }
}

/** Reads a stored record from a connection given by fixtures, tests or `setConnection`. */
function toRecord(given: Connection): ConnectionRecord {
  // Stored in the canonical shape whichever dialect the connection was given in; answers speak the mock's dialect.
  const input = normalizeConnection(given);
  const connection: Writable<Connection> = { ...input };
  connection.id = connectionId(input.unified_api ?? '', input.service_id ?? '');
  // Values given on form fields (the live API's shape) seed the settings; settings win.
  const fromFields: Record<string, unknown> = {};
  const fields: FormField[] = input.form_fields ?? [];
  for (const field of fields) {
    if (field.id && field.value !== undefined) fromFields[field.id] = field.value;
  }
  connection.settings = { ...fromFields, ...(isRecord(input.settings) ? input.settings : {}) };
  connection.form_fields = fields.map(({ value: _value, ...field }) => field);

  const added = input.state ? input.state !== 'available' : Boolean(input.enabled);
  const record: ConnectionRecord = { connection, added, credentials: credentialsOf(input) };
  if (CONDITIONS.has(input.health)) record.condition = input.health as Condition;
  if (!input.state) {
    const { state, health } = deriveStatus(record);
    connection.state = state;
    if (health) connection.health = health;
  }
  return record;
}

function credentialsOf(connection: Connection): Credentials {
  if (connection.state === 'invalid') return connection.health === 'revoked' ? 'revoked' : 'invalid';
  if (connection.auth_type !== 'oauth2') return 'none';
  if (connection.health === 'pending_confirmation') return 'unconfirmed';
  return connection.state === 'authorized' || connection.state === 'callable' ? 'valid' : 'none';
}
