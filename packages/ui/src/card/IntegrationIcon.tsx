import { isSafeUrl } from '@integrations-kit/client';
import { useState, type ComponentPropsWithoutRef } from 'react';
import { cn } from '../lib/cn.js';
import { getInitials } from './getInitials.js';

type IconSize = 'sm' | 'md' | 'lg';

const sizeClassName: Record<IconSize, string> = {
  sm: 'ik:size-6 ik:text-2xs',
  md: 'ik:size-10 ik:text-sm',
  lg: 'ik:size-14 ik:text-lg',
};

/** Props of `IntegrationIcon`. */
export interface IntegrationIconProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The integration's name; gives the initials and, when `label` is set, the accessible name. */
  name: string;
  /** The icon URL; used only when it is https (or a `data:image`), else initials show. */
  src?: string | null;
  size?: IconSize;
  /** Announce the icon as an image named `name`; by default it is decorative (the name is shown next to it). */
  label?: boolean;
}

/**
 * An integration's logo, or its initials when the URL is missing, unsafe or fails to load.
 *
 * @example <IntegrationIcon name={connection.name} src={connection.icon} />
 */
export function IntegrationIcon({ name, src, size = 'md', label = false, className, ...props }: IntegrationIconProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const usable = typeof src === 'string' && src !== failedSrc && isSafeUrl(src, { allowImageData: true });
  return (
    <span
      data-slot="integration-icon"
      data-fallback={usable ? undefined : ''}
      role={label ? 'img' : undefined}
      aria-label={label ? name : undefined}
      aria-hidden={label ? undefined : true}
      className={cn(
        'ik:inline-flex ik:shrink-0 ik:items-center ik:justify-center ik:overflow-hidden ik:rounded-control ik:bg-surface-muted ik:font-semibold ik:text-fg-muted ik:select-none',
        sizeClassName[size],
        className,
      )}
      {...props}
    >
      {usable ? (
        <img
          src={src}
          alt=""
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          className="ik:size-full ik:object-contain"
          onError={() => setFailedSrc(src)}
        />
      ) : (
        getInitials(name)
      )}
    </span>
  );
}
