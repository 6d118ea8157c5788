import type { ConsentUrlParams } from '../types.js';

/**
 * A `consentUrl` option for `createVaultMock` that sends OAuth links to the host app's consent page
 * (where `renderMockConsentPage` runs), carrying what that page needs in its query:
 * `action`, `service_id`, `unified_api`, `application_id` and `state`.
 *
 * @example createVaultMock({ consentUrl: consentPageUrl(`${location.origin}/mock-consent`) })
 */
export function consentPageUrl(pageUrl: string): (params: ConsentUrlParams) => string {
  return (params) => {
    const url = new URL(pageUrl);
    url.searchParams.set('action', params.action);
    url.searchParams.set('service_id', params.serviceId);
    url.searchParams.set('unified_api', params.unifiedApi);
    url.searchParams.set('application_id', params.applicationId);
    url.searchParams.set('state', params.state);
    return url.toString();
  };
}
