/** What the simulated provider consent page shows and where its buttons go. */
export interface ConsentPageModel {
  connectionName: string;
  unifiedApi: string;
  applicationId: string;
  scopes: string[];
  /** `/vault/callback` of the mock. */
  callbackUrl: string;
  /** The callback `state` both forms send. */
  state: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The HTML of the mock provider's consent page: two GET forms to `/vault/callback`, Allow (with a
 * `code`) and Deny (`error=access_denied`), like a provider redirecting back to Vault. Every
 * interpolated string is escaped.
 */
export function consentPageHtml(model: ConsentPageModel): string {
  const name = escapeHtml(model.connectionName);
  const hidden = (fields: Record<string, string>) =>
    Object.entries(fields)
      .map(([key, value]) => `<input type="hidden" name="${escapeHtml(key)}" value="${escapeHtml(value)}">`)
      .join('');
  const scopes = model.scopes.length
    ? `<ul>${model.scopes.map((scope) => `<li>${escapeHtml(scope)}</li>`).join('')}</ul>`
    : '<p>Basic access to your account.</p>';
  const action = escapeHtml(model.callbackUrl);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Authorize ${name}</title></head>
<body><main>
<h1>Connect ${name}</h1>
<p>The application <strong>${escapeHtml(model.applicationId)}</strong> asks for access to your ${name} account (${escapeHtml(model.unifiedApi)}).</p>
<h2>Requested access</h2>${scopes}
<form method="get" action="${action}" data-decision="allow">${hidden({ state: model.state, code: `mock-code-${Date.now().toString(36)}` })}<button type="submit">Allow</button></form>
<form method="get" action="${action}" data-decision="deny">${hidden({ state: model.state, error: 'access_denied', error_description: 'The user denied access' })}<button type="submit">Deny</button></form>
</main></body></html>`;
}
