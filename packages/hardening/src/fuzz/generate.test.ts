// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';
import { loadContract, resolveRef } from './openapi.js';
import { createRandom } from './prng.js';
import { createSchemaValidator } from './schemaValidator.js';

const vault = loadContract('vault');
const connector = loadContract('connector');
const validateVault = createSchemaValidator('vault');
const validateConnector = createSchemaValidator('connector');

function body(document: typeof vault, schemaName: string, seed: number) {
  return generate(resolveRef(document, `#/components/schemas/${schemaName}`), {
    document,
    random: createRandom(seed),
    maxArray: 6,
  });
}

describe('the fuzz generator makes contract-valid answers', { tags: ['fuzz'] }, () => {
  it.each(['GetConnectionsResponse', 'GetConnectionResponse', 'UpdateConnectionResponse', 'GetCustomFieldsResponse'])(
    '%s validates against vault.yml for 50 seeds',
    (schemaName) => {
      for (let seed = 0; seed < 50; seed += 1) {
        expect(validateVault(schemaName, body(vault, schemaName, seed)), `seed ${seed}`).toEqual([]);
      }
    },
  );

  it('GetConnectorResponse validates against connector.yml for 50 seeds', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      expect(
        validateConnector('GetConnectorResponse', body(connector, 'GetConnectorResponse', seed)),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });

  it('is deterministic per seed and varies across seeds', () => {
    expect(body(vault, 'GetConnectionsResponse', 7)).toEqual(body(vault, 'GetConnectionsResponse', 7));
    expect(body(vault, 'GetConnectionsResponse', 7)).not.toEqual(body(vault, 'GetConnectionsResponse', 8));
  });

  it('the validator rejects what the contract forbids, so a pass means something', () => {
    expect(
      validateVault('GetConnectionsResponse', { status_code: 200, status: 'OK', data: [{ state: 'quantum' }] }),
    ).not.toEqual([]);
    expect(validateVault('GetConnectionsResponse', { status_code: 200, status: 'OK' })).not.toEqual([]);
  });
});
