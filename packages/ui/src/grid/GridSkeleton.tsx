import { useMessages } from '../i18n/useMessages.js';

/** Placeholder cards while connections load; announced once as "Loading integrations…". */
export function GridSkeleton({ count = 6 }: { count?: number }) {
  const messages = useMessages();
  return (
    <div data-slot="grid-skeleton">
      <p role="status" className="ik:sr-only">
        {messages.grid.loading}
      </p>
      <ul
        aria-hidden="true"
        className="ik:grid ik:grid-cols-[repeat(auto-fill,minmax(min(100%,--spacing(64)),1fr))] ik:gap-3"
      >
        {Array.from({ length: count }, (_, index) => (
          <li
            key={index}
            className="ik:flex ik:motion-safe:animate-skeleton ik:flex-col ik:gap-3 ik:rounded-kit ik:border ik:border-border ik:bg-surface ik:p-4"
          >
            <span className="ik:flex ik:items-center ik:gap-3">
              <span className="ik:size-10 ik:rounded-control ik:bg-surface-muted" />
              <span className="ik:h-4 ik:w-1/2 ik:rounded-full ik:bg-surface-muted" />
            </span>
            <span className="ik:h-3 ik:w-full ik:rounded-full ik:bg-surface-muted" />
            <span className="ik:h-5 ik:w-24 ik:rounded-full ik:bg-surface-muted" />
          </li>
        ))}
      </ul>
    </div>
  );
}
