import { useEffect } from 'react';

/**
 * Asks the browser to confirm leaving the page (reload, close, navigate away) while `active`, so
 * unsaved settings are not lost by accident. The listener exists only while a form is dirty: a
 * `beforeunload` listener keeps some browsers from putting the page in the back/forward cache.
 */
export function useLeavePageGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chrome before 119 and older Safari need returnValue set; the text itself is never shown.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);
}
