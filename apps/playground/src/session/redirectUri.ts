/** The playground's OAuth callback route; its origin is the only one the popup flow trusts. */
export const OAUTH_REDIRECT_URI = `${window.location.origin}/oauth/callback`;
