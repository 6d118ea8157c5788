// Answers the kit's Vault and Connector requests from the mock, on the server: `mock.fetch` is
// the in-memory Vault as a fetch function (no request interception).
import { mock } from '../../mockVault';

async function handle(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return mock.fetch(mock.baseUrl + url.pathname.replace(/^\/mock/, '') + url.search, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.text() : undefined,
  });
}

export { handle as GET, handle as POST, handle as PATCH, handle as DELETE };
