/** One step of a JSONPath: an own key, an array index, or the first array element whose key equals a text. */
type Step = { key: string } | { index: number } | { where: string; equals: string };

// The JSONPath the live API's mappings use: `$.a.b`, `$['a b']`, `$.list[0]` and the custom field finder
// `$.custom_fields[?(@.id=='4047')].value`. Wildcards and recursive descent are not mapping targets.
const STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]|\[\?\(@\.([\w$-]+)\s*==\s*'([^']*)'\)\])/;

/** The steps of `path`, or `undefined` when it is no JSONPath of that kind (it must start with `$`). */
export function parseJsonPath(path: string): Step[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: Step[] = [];
  let rest = path.slice(1);
  while (rest !== '') {
    const match = STEP.exec(rest);
    if (!match) return undefined;
    const [whole, dotted, index, single, double, where, equals] = match;
    if (index !== undefined) steps.push({ index: Number(index) });
    else if (where !== undefined) steps.push({ where, equals: equals ?? '' });
    else steps.push({ key: dotted ?? single ?? double ?? '' });
    rest = rest.slice(whole.length);
  }
  return steps;
}

/**
 * What `path` reads from `root`: `undefined` when the path is invalid or leads nowhere. Only own
 * keys are read, so `$.constructor` finds nothing on a plain record.
 */
export function readJsonPath(root: unknown, path: string): unknown {
  const steps = parseJsonPath(path);
  if (!steps) return undefined;
  let node = root;
  for (const step of steps) {
    node = take(node, step);
    if (node === undefined) return undefined;
  }
  return node;
}

function take(node: unknown, step: Step): unknown {
  if ('index' in step) return Array.isArray(node) ? node[step.index] : undefined;
  if ('where' in step)
    return Array.isArray(node) ? node.find((item) => String(own(item, step.where)) === step.equals) : undefined;
  return own(node, step.key);
}

function own(node: unknown, key: string): unknown {
  return typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, key)
    ? (node as Record<string, unknown>)[key]
    : undefined;
}
