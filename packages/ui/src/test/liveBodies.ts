/**
 * Response bodies in the shapes the live Vault API sends where `vault.yml` is loose, written by hand
 * from the shapes we know (not recordings of anyone's account). Served by plain MSW handlers, not
 * through the mock's logic, so a test on them checks the kit against the live dialect itself.
 */

const BASE = 'https://live.vault.test';
const icon =
  'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAxIDEiLz4=';

/** The base URL the live bodies are served on. */
export const LIVE_BASE_URL = BASE;

const common = {
  icon,
  logo: icon,
  integration_state: 'configured',
  status: 'live',
  consent_state: 'implicit',
  created_at: 1751274000000,
};

/** A list entry without `form_fields` or `configuration`, its timestamps as ISO 8601 strings. */
export const pipedriveListEntry = {
  ...common,
  id: 'crm+pipedrive',
  service_id: 'pipedrive',
  name: 'Pipedrive',
  tag_line: 'The easy-to-use CRM.',
  unified_api: 'crm',
  auth_type: 'oauth2',
  oauth_grant_type: 'authorization_code',
  state: 'callable',
  health: 'pending_refresh',
  enabled: true,
  credentials_expire_at: '2026-12-10T09:00:00.000Z',
  last_refresh_failed_at: '2026-12-04T09:00:00.000Z',
  configurable_resources: ['deals'],
  settings: { pipeline: '1', stage: '12' },
};

/** A list entry that does carry its `form_fields`, timestamps as epoch milliseconds. */
export const closeListEntry = {
  ...common,
  id: 'crm+close',
  service_id: 'close',
  name: 'Close',
  tag_line: 'The inside sales CRM.',
  unified_api: 'crm',
  auth_type: 'apiKey',
  state: 'added',
  enabled: true,
  credentials_expire_at: 0,
  form_fields: [{ id: 'api_key', label: 'API key', type: 'password', required: true, sensitive: true }],
  settings: {},
};

/** `GET /vault/connections`. */
export const liveList = { status_code: 200, status: 'OK', data: [pipedriveListEntry, closeListEntry] };

// Options without `option_type`; groups keyed by numeric ids; the child's `filter` is `{ key, value }`.
const pipelineField = {
  id: 'pipeline',
  label: 'Pipeline',
  type: 'select',
  required: true,
  options: [
    { label: 'Sales', value: '1' },
    { label: 'Partnerships', value: '2' },
  ],
};
const stageField = {
  id: 'stage',
  label: 'Stage',
  type: 'filtered-select',
  required: true,
  filter: { key: 'id', value: 'pipeline' },
  options: [
    {
      id: 1,
      label: 'Sales',
      options: [
        { label: 'Qualified', value: '11' },
        { label: 'Contact made', value: '12' },
      ],
    },
    {
      id: 2,
      label: 'Partnerships',
      options: [
        { label: 'Intro', value: '21' },
        { label: 'Signed', value: '23' },
      ],
    },
  ],
};

/** `GET /vault/connections/crm/pipedrive`: the detail, with live field types among its form fields. */
export const pipedriveDetail = {
  ...pipedriveListEntry,
  credentials_expire_at: 1765357200000,
  last_refresh_failed_at: 1764838800000,
  form_fields: [
    { ...pipelineField, value: '1' },
    { ...stageField, value: '12' },
    { id: 'sync_note', label: 'How syncing works', type: 'info', description: 'Deals sync every 15 minutes.' },
    { id: 'webhook_url', label: 'Webhook URL', type: 'copy', value: 'https://hooks.example.com/pd/acme' },
    { id: 'support_phone', label: 'Support phone', type: 'phone' },
    { id: 'include_archived', label: 'Include archived deals', type: 'boolean', value: false },
    { id: 'region', label: 'Region', type: 'hidden', value: 'eu-central' },
  ],
};

/**
 * `GET /vault/connections/crm/pipedrive/deals/config` as the live API answers it: `data` is the
 * connection, its `configuration` the resource's flat field list: five fields, three required ones unset.
 */
export const dealsConfig = {
  ...pipedriveDetail,
  configuration: [
    { ...pipelineField, id: 'deal_pipeline', label: 'Deal pipeline', value: null },
    { ...stageField, id: 'deal_stage', label: 'Deal stage', filter: { key: 'id', value: 'deal_pipeline' } },
    { id: 'owner', label: 'Owner', type: 'select', required: true, options: [{ label: 'Dana Ito', value: 'u1' }] },
    {
      id: 'currency',
      label: 'Currency',
      type: 'select',
      required: true,
      value: 'EUR',
      options: [
        { label: 'Euro', value: 'EUR' },
        { label: 'US dollar', value: 'USD' },
      ],
    },
    { id: 'name_prefix', label: 'Deal name prefix', type: 'text', required: false },
  ],
};
