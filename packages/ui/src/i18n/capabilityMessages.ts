import { plural } from './plural.js';

// Strings of the connector's capabilities and its consumer guide (the dialog's About section).

/** English strings of the connector's capabilities and guide. */
export const enCapabilityMessages = {
  label: (name: string) => `What ${name} offers`,
  beta: 'Beta',
  earlyAccess: 'Early access',
  webhooksNative: 'Real-time webhooks',
  webhooksVirtual: 'Webhooks (polled)',
  events: (count: number) => plural('en', count, { one: '{count} event', other: '{count} events' }),
  freeTrial: 'Free trial',
  startTrial: (name: string) => `Start a free ${name} trial`,
  sandbox: 'Sandbox credentials',
  guide: 'Connection guide',
  guideLoading: 'Loading the guide…',
  guideFailed: "Couldn't load the guide here.",
  guideLink: (name: string) => `Read how to connect ${name}`,
  newTab: '(opens in a new tab)',
};

/** The shape of the capability strings. */
export type CapabilityMessages = typeof enCapabilityMessages;

/** German strings of the connector's capabilities and guide. */
export const deCapabilityMessages: CapabilityMessages = {
  label: (name) => `Was ${name} bietet`,
  beta: 'Beta',
  earlyAccess: 'Früher Zugang',
  webhooksNative: 'Webhooks in Echtzeit',
  webhooksVirtual: 'Webhooks (abgefragt)',
  events: (count) => plural('de', count, { one: '{count} Ereignis', other: '{count} Ereignisse' }),
  freeTrial: 'Kostenlos testen',
  startTrial: (name) => `${name} kostenlos testen`,
  sandbox: 'Sandbox-Zugangsdaten',
  guide: 'Anleitung zum Verbinden',
  guideLoading: 'Die Anleitung wird geladen…',
  guideFailed: 'Die Anleitung konnte hier nicht geladen werden.',
  guideLink: (name) => `So verbinden Sie ${name}`,
  newTab: '(öffnet in einem neuen Tab)',
};
