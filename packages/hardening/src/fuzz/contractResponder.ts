import { http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import { generate, type GenerateContext } from './generate.js';
import { deref, isObject, loadContract, type ContractName, type Json } from './openapi.js';
import { createRandom } from './prng.js';

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literalSegments: number;
  status: number;
  schema: Json | undefined;
  document: Json;
}

const SUCCESS = ['200', '201', '204'];

function operationsOf(name: ContractName): Operation[] {
  const document = loadContract(name);
  const paths = isObject(document.paths) ? document.paths : {};
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation) || !isObject(operation.responses)) continue;
      const code = SUCCESS.find((status) => isObject((operation.responses as Json)[status]));
      if (!code) continue;
      const response = deref(document, (operation.responses as Json)[code] as Json);
      const content = isObject(response.content)
        ? (response.content['application/json'] as Json | undefined)
        : undefined;
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
        literalSegments: template.split('/').filter((segment) => segment && !segment.startsWith('{')).length,
        status: Number(code),
        schema: isObject(content?.schema) ? content.schema : undefined,
        document,
      });
    }
  }
  return operations;
}

/** Options of `contractResponder`. */
export interface ContractResponderOptions {
  baseUrl: string;
  /** Each answer draws from its own stream (seed, operation, how many came before), so request order does not matter. */
  seed: number;
  /** Array lengths by operation and property path, e.g. `data` of `GET /vault/connections`. */
  arrayLength?: (operation: string, path: string) => number | undefined;
  /** Called with every generated answer (operation and body), to replay a failing seed. */
  onAnswer?: (operation: string, body: unknown) => void;
}

/**
 * A Prism-like stand-in for Vault and the Connector API: every request to an operation of the
 * vendored documents gets a random, contract-valid success body for it; anything else gets the
 * contract's 404. Operation matching prefers the template with more literal segments.
 */
export function contractResponder(options: ContractResponderOptions): HttpHandler {
  const operations = [...operationsOf('vault'), ...operationsOf('connector')].sort(
    (a, b) => b.literalSegments - a.literalSegments,
  );
  const answered = new Map<string, number>();
  return http.all(`${options.baseUrl}/*`, ({ request }) => {
    const path = new URL(request.url).pathname;
    const operation = operations.find((item) => item.method === request.method && item.pattern.test(path));
    if (!operation) {
      return HttpResponse.json(
        {
          status_code: 404,
          error: 'Not Found',
          type_name: 'EntityNotFoundError',
          message: 'Unknown route',
          ref: 'https://developers.apideck.com/errors#entitynotfounderror',
        },
        { status: 404 },
      );
    }
    if (!operation.schema || operation.status === 204) return new HttpResponse(null, { status: operation.status });
    const name = `${operation.method} ${operation.template}`;
    const count = answered.get(name) ?? 0;
    answered.set(name, count + 1);
    const ctx: GenerateContext = {
      document: operation.document,
      random: createRandom(hashSeed(options.seed, `${name}#${count}`)),
      arrayLength: (propertyPath) => options.arrayLength?.(name, propertyPath),
    };
    const body = generate(operation.schema, ctx);
    options.onAnswer?.(name, body);
    return HttpResponse.json(body as JsonBodyType, { status: operation.status });
  });
}

/** A 32-bit seed from a number and a label (FNV-1a over the label, mixed with the number). */
export function hashSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < label.length; index += 1) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
