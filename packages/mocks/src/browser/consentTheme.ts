import { el, type Style } from './el.js';

// Light palette, every text pair at least WCAG AA (4.5:1) and every control edge at least 3:1.
const ink = '#111827';
const muted = '#4b5563';
const line = '#d1d5db';
const focus = '#1d4ed8';

/** Inline styles of the consent page's parts; system fonts only, nothing is loaded. */
export const consentStyles = {
  page: {
    boxSizing: 'border-box',
    minHeight: '100vh',
    margin: '0',
    padding: '24px 16px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: '#f3f4f6',
    color: ink,
    colorScheme: 'light',
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    fontSize: '16px',
    lineHeight: '1.5',
  },
  card: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '28rem',
    display: 'flex',
    flexDirection: 'column',
    gap: '20px',
    padding: '32px 28px',
    background: '#ffffff',
    border: `1px solid ${line}`,
    borderRadius: '16px',
    boxShadow: '0 12px 32px rgb(17 24 39 / 0.10)',
  },
  notice: {
    margin: '0',
    padding: '6px 10px',
    borderRadius: '8px',
    background: '#fef3c7',
    color: '#78350f',
    fontSize: '0.75rem',
    textAlign: 'center',
  },
  header: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: '12px', textAlign: 'center' },
  icon: {
    width: '64px',
    height: '64px',
    borderRadius: '14px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    objectFit: 'contain',
    background: '#374151',
    color: '#ffffff',
    fontSize: '1.5rem',
    fontWeight: '700',
  },
  title: { margin: '0', fontSize: '1.5rem', fontWeight: '700', lineHeight: '1.25', color: ink },
  lead: { margin: '0', color: muted },
  strong: { color: ink, fontWeight: '600' },
  subtitle: { margin: '0 0 8px', fontSize: '0.875rem', fontWeight: '600', color: ink },
  list: { listStyle: 'none', margin: '0', padding: '0', border: `1px solid ${line}`, borderRadius: '10px' },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: '10px',
    padding: '10px 12px',
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '0.875rem',
    overflowWrap: 'anywhere',
  },
  bullet: { flex: 'none', width: '8px', height: '8px', borderRadius: '50%', background: '#047857' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '12px', justifyContent: 'flex-end' },
  footer: { margin: '0', fontSize: '0.75rem', color: muted, textAlign: 'center' },
} satisfies Record<string, Style>;

/** How a decision button looks: the main choice, the way out, or a destructive main choice. */
export type ConsentButtonVariant = 'primary' | 'secondary' | 'danger';

const variants: Record<ConsentButtonVariant, { rest: Style; hover: Style }> = {
  primary: {
    rest: { background: '#1d4ed8', borderColor: '#1d4ed8', color: '#ffffff' },
    hover: { background: '#1e40af' },
  },
  secondary: { rest: { background: '#ffffff', borderColor: '#6b7280', color: ink }, hover: { background: '#f3f4f6' } },
  danger: {
    rest: { background: '#b91c1c', borderColor: '#b91c1c', color: '#ffffff' },
    hover: { background: '#991b1b' },
  },
};

const button: Style = {
  flex: '1 1 8rem',
  padding: '10px 20px',
  border: '1px solid',
  borderRadius: '8px',
  font: 'inherit',
  fontWeight: '600',
  cursor: 'pointer',
  outline: 'none',
  outlineOffset: '2px',
};

// Keyboard focus gets a ring; a mouse click does not (where the browser can tell them apart).
function showsFocusRing(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** A real `<button>` in one of the variants, with hover, visible keyboard focus and a disabled look. */
export function consentButton(label: string, variant: ConsentButtonVariant): HTMLButtonElement {
  const { rest, hover } = variants[variant];
  const element = el(
    'button',
    { attributes: { type: 'button' }, style: { ...button, ...rest } },
    label,
  ) as HTMLButtonElement;
  const paint = (style: Style) => Object.assign(element.style, style);
  element.addEventListener('mouseenter', () => element.disabled || paint(hover));
  element.addEventListener('mouseleave', () => paint({ background: rest.background ?? '' }));
  element.addEventListener('focus', () => paint({ outline: showsFocusRing(element) ? `3px solid ${focus}` : 'none' }));
  element.addEventListener('blur', () => paint({ outline: 'none' }));
  return element;
}

/** Disables a decision button once a choice is made, and shows it. */
export function disableConsentButton(element: HTMLButtonElement): void {
  element.disabled = true;
  Object.assign(element.style, { opacity: '0.6', cursor: 'default' } satisfies Style);
}
