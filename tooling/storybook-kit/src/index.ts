// The story helpers, imported by the stories as `@integrations-kit/storybook-kit` (a private
// workspace package: the published packages' source never reaches into `.storybook/`).

/** Wraps a presentational story in `.ik-root`, so the kit's variables apply. */
export { inKitRoot } from './storyHelpers.js';
/** The OAuth redirect URI a story's flows use (the callback story of this Storybook). */
export { storyRedirectUri } from './storyHelpers.js';
/** MSW handlers that never answer one endpoint, to show a loading state. */
export { neverAnswer } from './storyHelpers.js';
/** A fixture connection of the mock, by unified API and service. */
export { fixtureConnection } from './storyHelpers.js';
/** Renders a part with the connection as the mock Vault now holds it. */
export { renderLive } from './storyHelpers.js';
/** Puts back the real `window.open` after `openPopupsInline`. */
export { restoreInlinePopups } from './storyHelpers.js';
/** Opens OAuth popups inside the story's own frame, so a play function can drive them. */
export { openPopupsInline } from './storyHelpers.js';
/** Waits until `element` has focus. */
export { expectFocusOn } from './storyHelpers.js';
/** What a story may ask of its mock Vault under `parameters.vault`. */
export type { VaultParameters } from './storyVault.js';
/** One story's mock Vault and its client. */
export type { StoryVault } from './storyVault.js';
/** Sends requests for the story mock's origin to the current story's mock. */
export { storyVaultRouter } from './storyVault.js';
/** The iframe URL of a story. */
export { storyUrl } from './storyVault.js';
/** The story that plays the OAuth callback page in a popup. */
export { CALLBACK_STORY_ID } from './storyVault.js';
/** Creates a story's mock Vault from its parameters. */
export { createStoryVault } from './storyVault.js';
/** Makes `vault` the one the router answers with; returns the undo. */
export { installStoryVault } from './storyVault.js';
/** Makes `window.open` return null, as a popup blocker does; returns the undo. */
export { blockPopups } from './storyVault.js';
