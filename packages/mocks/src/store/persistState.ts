import type { DataScopes } from '@integrations-kit/client';
import type { MockContext } from '../handlers/MockContext.js';
import { isRecord } from '../util/clone.js';
import type { ConnectionRecord } from './ConnectionRecord.js';

/** Where a mock keeps its state across page loads: `sessionStorage`, `localStorage`, or your own. */
export type MockStateStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The `persist` option of `createVaultMock`. */
export interface PersistOptions {
  storage: MockStateStorage;
  /** The storage key; defaults to `integrations-kit:mock:{appId}:{consumerId}`. */
  key?: string;
}

// What is kept: the connections changed since the initial set (not all 10,000 of a large mock),
// the app's Data Scopes when they were changed and the confirm tokens already spent. The request log
// is not kept. Unchanged Data Scopes stay out, so a later mock keeps those of its own options.
interface Snapshot {
  version: 1;
  records: ConnectionRecord[];
  dataScopes?: DataScopes;
  usedConfirmTokens: string[];
}

/**
 * Keeps a mock's state in `storage`: `load()` puts back what an earlier page saved, `schedule()`
 * saves once after the changes of the current task, `changeDataScopes()` keeps the Data Scopes from now
 * on, `clear()` forgets it all (a save still pending is dropped). A saved state that cannot
 * be read is dropped with a warning; a storage that refuses to save (full) warns once and the mock
 * goes on in memory.
 */
export function persistState(ctx: MockContext, options: PersistOptions, defaultKey: string) {
  const { storage } = options;
  const key = options.key ?? defaultKey;
  let pending = false;
  let warned = false;
  let keepDataScopes = false;

  const save = () => {
    if (!pending) return;
    pending = false;
    const snapshot: Snapshot = {
      version: 1,
      records: ctx.store.changed(),
      ...(keepDataScopes && { dataScopes: ctx.present.dataScopes }),
      usedConfirmTokens: [...ctx.usedConfirmTokens],
    };
    try {
      storage.setItem(key, JSON.stringify(snapshot));
    } catch (error) {
      if (!warned) console.warn(`Mock Vault: its state is not kept across page loads (${String(error)}).`);
      warned = true;
    }
  };

  function schedule() {
    if (pending) return;
    pending = true;
    queueMicrotask(save);
  }

  return {
    load() {
      const saved = readSnapshot(storage.getItem(key));
      if (saved === null) return;
      if (saved === undefined) {
        console.warn('Mock Vault: a saved state it cannot read was dropped.');
        storage.removeItem(key);
        return;
      }
      if (saved.dataScopes) {
        ctx.present.dataScopes = saved.dataScopes;
        keepDataScopes = true;
      }
      for (const token of saved.usedConfirmTokens) ctx.usedConfirmTokens.add(token);
      ctx.store.restore(saved.records);
    },
    schedule,
    changeDataScopes() {
      keepDataScopes = true;
      schedule();
    },
    clear() {
      pending = false;
      keepDataScopes = false;
      storage.removeItem(key);
    },
  };
}

// `null` when nothing was saved, `undefined` when what was saved cannot be read.
function readSnapshot(text: string | null): Snapshot | null | undefined {
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.version !== 1) return undefined;
  const { records, dataScopes, usedConfirmTokens } = parsed;
  if (!Array.isArray(records) || !Array.isArray(usedConfirmTokens)) return undefined;
  if (dataScopes !== undefined && !isRecord(dataScopes)) return undefined;
  const valid = records.every((record) => isRecord(record) && isRecord(record.connection));
  if (!valid || !usedConfirmTokens.every((token) => typeof token === 'string')) return undefined;
  return parsed as unknown as Snapshot;
}
