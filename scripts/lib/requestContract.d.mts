/** The request contract module's text, from `openapi/*.yml` under the repository `root` (a file URL). */
export function requestContractModule(root: URL): string;
/** Where the generated module lives, relative to the repository root. */
export const REQUEST_CONTRACT_PATH: string;
