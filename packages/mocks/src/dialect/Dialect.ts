/**
 * Which shapes the mock answers in where the contract is loose:
 *
 * - `live` (default): what the live Vault API is known to send. `filter` on `filtered-select`
 *   fields is `{ key: 'id', value: '<parent field id>' }`; `…/{resource}/config` answers a connection
 *   whose `configuration` is the resource's flat field list (simple options without `option_type`);
 *   list entries send `credentials_expire_at` / `last_refresh_failed_at` /
 *   `last_downstream_error_at` as ISO 8601 strings (details: epoch milliseconds); form fields keep the
 *   live types beyond the contract's enum (`copy`, `info`, `location`, `phone`, `boolean`, `hidden`).
 * - `contract`: the contract-ideal reading of `vault.yml`. `filter` is the parent field's id,
 *   `/config` answers `configuration: [{ resource, defaults }]`, timestamps are epoch milliseconds, and
 *   live field types are mapped to the nearest contract type (`phone` → `tel`, `boolean` →
 *   `checkbox`, `location`/`copy`/`hidden` → `text`, `copy` read-only, `hidden` hidden; `info` is left out).
 */
export type Dialect = 'live' | 'contract';
