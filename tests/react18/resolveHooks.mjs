// ESM half of register.mjs: Node's import resolution of bare React specifiers, from the repo root.
import { toReact18 } from './toReact18.mjs';

const rootUrl = new URL('../../package.json', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  const mapped = toReact18(specifier);
  return mapped ? nextResolve(mapped, { ...context, parentURL: rootUrl }) : nextResolve(specifier, context);
}
