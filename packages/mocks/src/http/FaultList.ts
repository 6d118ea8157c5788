import { HttpResponse } from 'msw';
import type { FailOptions } from '../types.js';
import { errorBody } from './apideckError.js';

interface Fault extends FailOptions {
  remaining: number;
}

/** The faults `fail()` queued, consumed by the requests they match, in the order they were added. */
export class FaultList {
  #faults: Fault[] = [];

  add(options: FailOptions): void {
    if (options.status === undefined && !options.network) {
      throw new TypeError('fail(): give a `status` or `network: true`.');
    }
    this.#faults.push({ ...options, remaining: options.times ?? 1 });
  }

  clear(): void {
    this.#faults = [];
  }

  /** The response of the first fault matching this request (consuming one use of it), else `undefined`. */
  take(method: string, path: string): Response | undefined {
    const fault = this.#faults.find((item) => matches(item, method, path));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults = this.#faults.filter((item) => item !== fault);
    if (fault.network) return HttpResponse.error();
    const status = fault.status ?? 500;
    return HttpResponse.json(fault.body ?? errorBody(status), { status, headers: fault.headers });
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method && fault.method.toUpperCase() !== method) return false;
  return typeof fault.path === 'string' ? fault.path === path : fault.path.test(path);
}
