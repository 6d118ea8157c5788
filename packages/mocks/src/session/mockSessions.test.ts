import { decodeSessionSettings, decodeSessionToken } from '@integrations-kit/client';
import { describe, expect, it, vi } from 'vitest';
import { createMockSessionToken } from './createMockSessionToken.js';
import { mockSessions } from './mockSessions.js';

describe('mock session tokens with display claims', () => {
  it.each(Object.entries(mockSessions))('mints the %s preset so the client reads it back unchanged', (_, session) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const token = createMockSessionToken({ appId: 'ik-demo-app', consumerId: 'acme-user-1', session });
    expect(decodeSessionToken(token)).toMatchObject({ application_id: 'ik-demo-app', consumer_id: 'acme-user-1' });
    expect(decodeSessionSettings(token)).toEqual({ settings: {}, theme: {}, consumer_metadata: {}, ...session });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
