import { broadcastCallback, stubPopup } from '@integrations-kit/test-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LATE_RESULT_MS, createPopupFlow } from './createPopupFlow.js';
import { OAUTH_MESSAGE_TYPE } from './oauthMessage.js';
import type { FlowState } from './popupFlow.js';

const REDIRECT_URI = `${window.location.origin}/oauth/callback`;
const broadcast = () => broadcastCallback({ type: OAUTH_MESSAGE_TYPE });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function startFlow() {
  const seen: FlowState['phase'][] = [];
  const flow = createPopupFlow((state) => seen.push(state.phase));
  const listeners = { onMessage: vi.fn(), onClosed: vi.fn() };
  flow.send({ type: 'start' });
  flow.openPopup('https://unify.apideck.com/vault/authorize/x', REDIRECT_URI, listeners, { broadcast: true });
  return { flow, listeners, seen };
}

describe('createPopupFlow', () => {
  it('ends blocked, opening nothing to listen to, when the browser refuses the popup', () => {
    stubPopup({ blocked: true });
    const { flow, seen } = startFlow();
    expect(flow.state).toEqual({ phase: 'blocked' });
    expect(seen).toEqual(['opening', 'blocked']);
  });

  it('closes the popup and stops listening once a callback result is being confirmed', async () => {
    const { popup } = stubPopup();
    const { flow, listeners } = startFlow();
    expect(flow.state).toEqual({ phase: 'waiting', closed: false });

    flow.send({ type: 'confirm', via: 'callback' });
    await broadcast();

    expect(popup.close).toHaveBeenCalledTimes(1);
    expect(listeners.onMessage).not.toHaveBeenCalled();
  });

  it('hears a late broadcast after the popup looked closed, until LATE_RESULT_MS has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const { popup } = stubPopup();
    const { flow, listeners, seen } = startFlow();
    popup.closed = true;
    flow.send({ type: 'check' });
    flow.send({ type: 'unconfirmed' });
    expect(flow.state).toEqual({ phase: 'waiting', closed: true });

    await broadcast();
    expect(listeners.onMessage).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(LATE_RESULT_MS);

    expect(flow.state).toEqual({ phase: 'cancelled' });
    expect(seen.at(-1)).toBe('cancelled');
    await broadcast();
    expect(listeners.onMessage).toHaveBeenCalledTimes(1);
  });

  it('dispose stops listening without closing the popup a new attempt will reuse', async () => {
    const { popup } = stubPopup();
    const { flow, listeners } = startFlow();

    flow.dispose();
    await broadcast();
    flow.send({ type: 'cancel' });

    expect(listeners.onMessage).not.toHaveBeenCalled();
    expect(popup.close).not.toHaveBeenCalled();
  });
});
