/**
 * Plays the user on the mock provider's consent page: loads the page the authorize URL serves,
 * submits its Allow or Deny form to the mock's `/vault/callback`, and returns where Vault sends
 * the browser back (the redirect URI with `#nonce&confirm_token&service_id`, or `#error…`).
 */
export async function answerConsent(authorizeUrl: string, decision: 'allow' | 'deny'): Promise<URL> {
  const page = await fetch(authorizeUrl);
  if (!page.ok) throw new Error(`The consent page answered ${page.status}: ${await page.text()}`);
  const html = new DOMParser().parseFromString(await page.text(), 'text/html');
  const form = html.querySelector<HTMLFormElement>(`form[data-decision="${decision}"]`);
  if (!form) throw new Error(`The consent page has no ${decision} form`);
  const callback = new URL(form.getAttribute('action') ?? '');
  for (const input of form.querySelectorAll('input')) callback.searchParams.set(input.name, input.value);
  const answer = await fetch(callback, { redirect: 'manual' });
  const location = answer.headers.get('location');
  if (!location) throw new Error(`The callback answered ${answer.status} without a redirect`);
  return new URL(location);
}
