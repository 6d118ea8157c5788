// The OAuth callback route, a server component rendering the kit's client component.
import { OAuthCallback } from '@integrations-kit/ui';

export default function Callback() {
  return <OAuthCallback />;
}
