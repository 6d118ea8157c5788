const base =
  'ik:inline-flex ik:items-center ik:justify-center ik:gap-2 ik:rounded-control ik:px-3 ik:py-2 ' +
  'ik:text-sm ik:font-medium ik:transition-colors ' +
  'ik:focus-visible:outline-2 ik:focus-visible:outline-offset-2 ik:focus-visible:outline-ring ' +
  'ik:disabled:opacity-60 ik:aria-disabled:opacity-60';

const variants = {
  primary: 'ik:bg-accent ik:text-accent-foreground ik:hover:brightness-110',
  secondary: 'ik:border ik:border-border ik:bg-surface ik:text-fg ik:hover:bg-surface-muted',
  danger: 'ik:bg-danger ik:text-danger-foreground ik:hover:brightness-110',
} as const;

/** How a button looks: filled accent, outlined or destructive. */
export type ButtonVariant = keyof typeof variants;

/** Class names of the kit's buttons, shared by the dialog and oauth parts. */
export function buttonClassName(variant: ButtonVariant): string {
  return `${base} ${variants[variant]}`;
}
