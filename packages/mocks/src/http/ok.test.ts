import { describe, expect, it } from 'vitest';
import { ok } from './ok.js';

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('ok', () => {
  it("wraps data in Apideck's envelope with its UTF-8 length", async () => {
    const response = ok([{ id: 'crm+salesforce' }], { meta: { items_on_page: 1 } });
    const expected = '{"status_code":200,"status":"OK","data":[{"id":"crm+salesforce"}],"meta":{"items_on_page":1}}';
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('content-length')).toBe(String(expected.length));
    expect(new TextDecoder().decode(await bytesOf(response))).toBe(expected);
  });

  it('encodes text beyond ASCII whole, counting bytes, not characters', async () => {
    const data = { name: 'Zürich Lohn', note: 'crème 🚀 日本' };
    const response = ok(data);
    const expected = new TextEncoder().encode(JSON.stringify({ status_code: 200, status: 'OK', data }));
    expect(await bytesOf(response)).toEqual(expected);
    expect(Number(response.headers.get('content-length'))).toBe(expected.byteLength);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(JSON.stringify(data).length);
  });
});
