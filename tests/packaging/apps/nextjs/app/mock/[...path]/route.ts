// Answers the kit's Vault and Connector requests from the mock's MSW handlers, on the server.
import { getResponse } from 'msw';
import { MOCK_ORIGIN, mock } from '../../mockVault';

async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const target = new URL(url.pathname.replace(/^\/mock/, '') + url.search, MOCK_ORIGIN);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const forwarded = new Request(target, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.text() : undefined,
  });
  return (await getResponse(mock.handlers, forwarded)) ?? Response.json({ status_code: 404, error: 'Not Found' }, { status: 404 });
}

export { handle as GET, handle as POST, handle as PATCH, handle as DELETE };
