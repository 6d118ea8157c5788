/** `react/jsx-runtime` -> `react-18/jsx-runtime`, `react-dom/client` -> `react-dom-18/client`; else null. */
export function toReact18(specifier) {
  const match = /^(react|react-dom)(\/.*)?$/.exec(specifier);
  return match ? `${match[1]}-18${match[2] ?? ''}` : null;
}
