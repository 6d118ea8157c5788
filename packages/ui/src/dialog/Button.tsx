import type { ComponentPropsWithoutRef } from 'react';
import { buttonClassName, type ButtonVariant } from './buttonClassName.js';

/** A kit button that submits nothing, outlined unless another `variant` is given. */
export function Button({ variant = 'secondary', ...props }: ComponentPropsWithoutRef<'button'> & { variant?: ButtonVariant }) {
  return <button type="button" className={buttonClassName(variant)} {...props} />;
}
