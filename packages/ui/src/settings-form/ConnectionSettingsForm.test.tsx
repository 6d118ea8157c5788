import { screen, waitFor } from '@testing-library/react';
import { useConnection } from '@integrations-kit/hooks';
import { REJECTED_SECRET, fixtures } from '@integrations-kit/mocks';
import { describe, expect, it, vi } from 'vitest';
import type { Connection, FormField } from '@integrations-kit/client';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectionSettingsForm, type ConnectionSettingsFormProps } from './ConnectionSettingsForm.js';
import { getMissingAuthorizationSettings } from '../connection/getMissingAuthorizationSettings.js';

const mock = setupVaultServer();

function field(type: string, id: string, label: string, extra: Record<string, unknown> = {}): FormField {
  return { id, label, type: type as FormField['type'], allow_custom_values: false, ...extra };
}

function renderForm(
  fields: FormField[],
  patch: Partial<Connection> = {},
  props: Partial<ConnectionSettingsFormProps> = {},
) {
  mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: fields, ...patch }));
  return renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" {...props} />, { mock });
}

const patches = () => mock.requests.filter((request) => request.method === 'PATCH').map((request) => request.body);
const connectionPath = /^\/vault\/connections\/crm\/acme$/;

describe('ConnectionSettingsForm', { timeout: 30_000 }, () => {
  it('sends only the values that changed and reports the saved connection', async () => {
    const onSaved = vi.fn();
    const { user } = renderForm(
      [
        field('text', 'name', 'Name', { value: 'Acme' }),
        field('text', 'region', 'Region', { value: 'eu' }),
        field('checkbox', 'sandbox', 'Sandbox', { value: false }),
      ],
      {},
      { onSaved },
    );
    const region = await screen.findByRole('textbox', { name: 'Region' });
    await user.clear(region);
    await user.type(region, 'us');
    await user.click(screen.getByRole('checkbox', { name: 'Sandbox' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(patches()).toEqual([{ settings: { region: 'us', sandbox: true } }]);
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ settings: expect.objectContaining({ region: 'us', sandbox: true }) }),
    );
  });

  it('asks before the page is left only while it holds unsaved values', async () => {
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const { user, unmount } = renderForm([field('text', 'region', 'Region', { value: 'eu' })]);
    const region = await screen.findByRole('textbox', { name: 'Region' });
    expect(leave()).toBe(false);
    await user.type(region, 'x');
    expect(leave()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(leave()).toBe(false);
    await user.type(region, 'y');
    expect(leave()).toBe(true);
    unmount();
    expect(leave()).toBe(false);
  });

  it('sends nothing when nothing changed', async () => {
    const { user } = renderForm([field('text', 'name', 'Name', { value: 'Acme' })]);
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Nothing changed, so nothing was saved.')).toBeInTheDocument();
    expect(patches()).toEqual([]);
  });

  it('keeps every typed value and shows the API message when the save fails', async () => {
    const { user } = renderForm([field('text', 'name', 'Name'), field('url', 'instance_url', 'Instance URL')]);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Acme');
    await user.type(screen.getByRole('textbox', { name: 'Instance URL' }), 'https://acme.example.com');
    mock.fail({ method: 'PATCH', path: connectionPath, status: 500 });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The settings could not be saved.');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Acme');
    expect(screen.getByRole('textbox', { name: 'Instance URL' })).toHaveValue('https://acme.example.com');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    const body = { settings: { name: 'Acme', instance_url: 'https://acme.example.com' } };
    expect(patches()).toEqual([body, body]);
  });

  it('puts a 422 from the API on the field it names and focuses it', async () => {
    const { user } = renderForm([
      field('text', 'name', 'Name'),
      field('select', 'plan', 'Plan', {
        options: [
          { option_type: 'simple', label: 'Pro', value: 'pro' },
          { option_type: 'simple', label: 'Team', value: 'team' },
        ],
      }),
    ]);
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Acme');
    // The plan was withdrawn on the server after the form loaded: the mock's own validation refuses it.
    mock.setConnection({
      ...testConnection('crm', 'acme', 'Acme'),
      form_fields: [
        field('text', 'name', 'Name'),
        field('select', 'plan', 'Plan', { options: [{ option_type: 'simple', label: 'Pro', value: 'pro' }] }),
      ],
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Plan' }), 'Team');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const plan = screen.getByRole('combobox', { name: 'Plan' });
    await waitFor(() => expect(plan).toHaveAttribute('aria-invalid', 'true'));
    expect(plan).toHaveAccessibleDescription('Plan must be one of the options');
    expect(plan).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Plan must be one of the options');
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Acme');
    expect(patches()).toEqual([{ settings: { name: 'Acme', plan: 'team' } }]);
  });

  it('reports unsaved changes while editing and none after saving', async () => {
    const onDirtyChange = vi.fn();
    const { user } = renderForm([field('text', 'name', 'Name')], {}, { onDirtyChange });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'A');
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
  });

  it('speaks German with the German messages', async () => {
    mock.setConnection(
      testConnection('crm', 'acme', 'Acme', { form_fields: [field('email', 'email', 'E-Mail', { required: true })] }),
    );
    const { user } = renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, {
      mock,
      locale: 'de',
    });
    await user.click(await screen.findByRole('button', { name: 'Speichern' }));
    expect(screen.getByRole('textbox', { name: 'E-Mail' })).toHaveAccessibleDescription('Dieses Feld ist erforderlich');
    expect(screen.getByRole('alert')).toHaveTextContent('Einige Einstellungen müssen korrigiert werden.');
  });

  it('falls back to the connector’s settings when the connection has no form fields', async () => {
    const connector = fixtures.connectors.find(
      (entry) => (entry.settings?.length ?? 0) > 0 && entry.settings?.[0]?.type === 'text',
    );
    const setting = connector?.settings?.[0];
    if (!connector?.id || !setting?.label || !setting.id)
      throw new Error('the fixtures need a connector with a text setting');
    mock.setConnection(testConnection('crm', connector.id, connector.name ?? 'X', { form_fields: [] }));
    const { user } = renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId={connector.id} />, { mock });
    await user.type(await screen.findByLabelText(setting.label), 'value-1');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { [setting.id]: 'value-1' } }]);
  });

  it('has no settings, rather than failing, when the Connector API does not know the connector (404)', async () => {
    mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: [] }));
    mock.fail({ method: 'GET', path: '/connector/connectors/acme', status: 404 });
    renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, { mock });
    expect(await screen.findByText('This integration has no settings to configure.')).toBeVisible();
    expect(screen.queryByText(/no longer exists/)).toBeNull();
  });

  it('still reports other connector failures (500) as a failed load', async () => {
    mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: [] }));
    mock.fail({ method: 'GET', path: '/connector/connectors/acme', status: 500, times: Infinity });
    renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, { mock });
    expect(await screen.findByText(/^The settings could not be loaded\./, {}, { timeout: 15_000 })).toBeVisible();
  });
});

describe('secrets', { timeout: 30_000 }, () => {
  const secretFields = [field('text', 'name', 'Name'), field('password', 'api_key', 'API key', { required: true })];

  it('never shows a stored secret and does not re-send it untouched', async () => {
    const { user } = renderForm(secretFields, { settings: { api_key: 'sk_live_stored' } });
    const key = await screen.findByLabelText('API key');
    expect(key).toHaveValue('');
    expect(key).toHaveAttribute('type', 'password');
    expect(key).toHaveAttribute('placeholder', 'Saved secret, type to replace');
    expect(document.body).not.toHaveTextContent('sk_live_stored');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { name: 'Acme' } }]);
    expect(mock.getConnection('crm', 'acme')?.settings?.api_key).toBe('sk_live_stored');
  });

  it('reveals a typed secret with a toggle and sends it once, then shows it as stored', async () => {
    const { user } = renderForm(secretFields, { state: 'added', health: 'missing_settings' });
    const key = await screen.findByLabelText('API key');
    expect(key).not.toHaveAttribute('placeholder');
    await user.type(key, 'sk_new');
    const toggle = screen.getByRole('button', { name: 'Show API key' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(key).toHaveAttribute('type', 'text');
    expect(key).toHaveValue('sk_new');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { api_key: 'sk_new' } }]);
    await waitFor(() => expect(key).toHaveValue(''));
    expect(key).toHaveAttribute('placeholder', 'Saved secret, type to replace');
  });
});

describe('after a save', { timeout: 30_000 }, () => {
  const validated: Partial<Connection> = {
    validation_support: true,
    has_guide: true,
    state: 'added',
    health: 'missing_settings',
  };

  it('says the connection does not work with rejected credentials, with the guide', async () => {
    const { user } = renderForm([field('password', 'api_key', 'API key', { required: true })], validated);
    await user.type(await screen.findByLabelText('API key'), REJECTED_SECRET);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('The connection does not work with these settings. Check them and save again.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the setup guide' })).toHaveAttribute(
      'href',
      'https://developers.apideck.com/connectors/acme/docs/consumer+connection',
    );
  });

  it('leaves out the guide link when guides are hidden or the page keeps the person on it', async () => {
    const { user } = renderForm([field('password', 'api_key', 'API key', { required: true })], validated, {
      hideGuideLink: true,
    });
    await user.type(await screen.findByLabelText('API key'), REJECTED_SECRET);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('The connection does not work with these settings. Check them and save again.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Read the setup guide' })).toBeNull();
  });

  it('says the connection works once the credentials are accepted', async () => {
    const { user } = renderForm([field('password', 'api_key', 'API key', { required: true })], validated);
    await user.type(await screen.findByLabelText('API key'), 'sk_good');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Connection works with these settings.')).toBeInTheDocument();
  });

  it('enables authorization without a reload once its required settings are saved', async () => {
    function Gate() {
      const { data } = useConnection({ unifiedApi: 'crm', serviceId: 'acme' });
      const missing = getMissingAuthorizationSettings(data);
      return (
        <p data-testid="gate">{data ? missing.map((setting) => setting.label).join(', ') || 'ready' : 'loading'}</p>
      );
    }
    mock.setConnection(
      testConnection('crm', 'acme', 'Acme', {
        auth_type: 'oauth2',
        state: 'added',
        health: 'missing_settings',
        settings_required_for_authorization: ['client_id', 'client_secret'],
        form_fields: [
          field('text', 'client_id', 'Client ID', { required: true }),
          field('password', 'client_secret', 'Client secret', { required: true }),
        ],
      }),
    );
    const { user } = renderWithKit(
      <>
        <Gate />
        <ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />
      </>,
      { mock },
    );
    await waitFor(() => expect(screen.getByTestId('gate')).toHaveTextContent('Client ID, Client secret'));
    await user.type(await screen.findByRole('textbox', { name: 'Client ID' }), 'cid');
    await user.type(screen.getByLabelText('Client secret'), 'csecret');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Settings saved');
    expect(patches()).toEqual([{ settings: { client_id: 'cid', client_secret: 'csecret' } }]);
    expect(screen.getByTestId('gate')).toHaveTextContent('ready');
    expect(
      mock.requests.filter((request) => request.method === 'GET' && connectionPath.test(request.path)),
    ).toHaveLength(1);
  });
});
