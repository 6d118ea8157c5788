/** The channel a callback page broadcasts on when COOP severed its opener. */
const CHANNEL = 'integrations-kit:oauth';

/**
 * Broadcasts `data` on the OAuth callback channel, as the callback page of a severed popup does,
 * and resolves once the channel delivered it (a listener of its own heard it), so a test can
 * check what the page did with it without a pause.
 */
export function broadcastCallback(data: unknown): Promise<void> {
  const witness = new BroadcastChannel(CHANNEL);
  return new Promise((resolve) => {
    witness.onmessage = () => {
      witness.close();
      resolve();
    };
    const sender = new BroadcastChannel(CHANNEL);
    sender.postMessage(data);
    sender.close();
  });
}
