import { useState, type ComponentPropsWithoutRef } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import type { PageConsumer } from './resolvePageSettings.js';

/** Props of {@link ConsumerCard}. */
export interface ConsumerCardProps extends ComponentPropsWithoutRef<'section'> {
  /** Account, user, email and avatar; the image must already be a safe URL (`resolvePageSettings` checks it). */
  consumer: PageConsumer;
}

/** Who the page is for: the session's `consumer_metadata` (account, user, email, avatar). */
export function ConsumerCard({ consumer, className, ...props }: ConsumerCardProps) {
  const m = useMessages().session;
  // An avatar that fails to load leaves the card as it would be without one.
  const [failedImage, setFailedImage] = useState<string>();
  const image = consumer.image !== failedImage ? consumer.image : undefined;
  return (
    <section
      data-slot="consumer-card"
      aria-label={m.consumer}
      className={cn('ik:flex ik:items-center ik:gap-3 ik:text-sm', className)}
      {...props}
    >
      {image ? (
        <img
          src={image}
          alt=""
          referrerPolicy="no-referrer"
          onError={() => setFailedImage(image)}
          className="ik:size-9 ik:shrink-0 ik:rounded-full ik:object-cover"
        />
      ) : null}
      <div className="ik:flex ik:min-w-0 ik:flex-col">
        {consumer.account_name ? <span className="ik:font-semibold ik:text-fg">{consumer.account_name}</span> : null}
        {consumer.user_name ? <span className="ik:text-fg">{consumer.user_name}</span> : null}
        {consumer.email ? <span className="ik:truncate ik:text-fg-muted">{consumer.email}</span> : null}
      </div>
    </section>
  );
}
