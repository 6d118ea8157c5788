/** Apideck's consumer connection guide for a connector (linked where the connection says `has_guide`). */
export function getConsumerGuideUrl(serviceId: string): string {
  return `https://developers.apideck.com/connectors/${encodeURIComponent(serviceId)}/docs/consumer+connection`;
}
