// Preloaded into every React 18 test worker (`--import`): sends each bare `react` / `react-dom`
// import or require that Node itself resolves (externalised dependencies such as Testing Library,
// TanStack Query, Radix, and react-dom's own `require('react')`) to the React 18
// copies installed as `react-18` / `react-dom-18`. Vite-processed code is aliased in the config.
import Module, { createRequire, register } from 'node:module';
import { toReact18 } from './toReact18.mjs';

const rootRequire = createRequire(new URL('../../package.json', import.meta.url));

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const mapped = toReact18(request);
  return mapped ? rootRequire.resolve(mapped) : resolveFilename.call(this, request, ...rest);
};

register('./resolveHooks.mjs', import.meta.url);
