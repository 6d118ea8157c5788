import { HttpResponse } from 'msw';

/** Apideck's error body, as every Vault and Connector endpoint sends it. */
export interface ApideckErrorBody {
  status_code: number;
  error: string;
  type_name: string;
  message: string;
  detail?: string | Record<string, unknown>;
  ref: string;
}

// The `error`, `type_name` and default `message` Apideck sends for each status.
const KINDS: Record<number, [error: string, typeName: string, message: string]> = {
  400: ['Bad Request', 'RequestValidationError', 'Invalid Params'],
  401: ['Unauthorized', 'UnauthorizedError', 'Unauthorized Request'],
  402: ['Payment Required', 'RequestLimitError', 'Request Limit Reached'],
  403: ['Forbidden', 'ForbiddenError', 'Forbidden'],
  404: ['Not Found', 'EntityNotFoundError', 'Unknown Widget'],
  409: ['Conflict', 'ConflictError', 'Conflict'],
  422: ['Unprocessable Entity', 'InvalidStateError', 'Invalid State'],
  429: ['Too Many Requests', 'ConnectorRateLimitError', 'Connector Rate Limit Error'],
  500: ['Internal Server Error', 'UnexpectedError', 'Unexpected Error'],
  501: ['Not Implemented', 'MappingError', 'Unmapped Attribute'],
  502: ['Bad Gateway', 'ConnectorExecutionError', 'Unable to connect to the downstream service'],
  503: ['Service Unavailable', 'UnexpectedError', 'Service temporarily unavailable'],
  504: ['Gateway Timeout', 'ConnectorExecutionError', 'The downstream service did not answer in time'],
};

/** The Apideck error body for `status`, with `overrides` (a `detail`, a more precise `message`). */
export function errorBody(status: number, overrides: Partial<ApideckErrorBody> = {}): ApideckErrorBody {
  const [error, typeName, message] = KINDS[status] ?? [
    status >= 500 ? 'Server Error' : 'Error',
    'UnexpectedError',
    'Unexpected Error',
  ];
  return {
    status_code: status,
    error,
    type_name: typeName,
    message,
    ref: `https://developers.apideck.com/errors#${typeName.toLowerCase()}`,
    ...overrides,
  };
}

/** A JSON error response with Apideck's body for `status`. */
export function errorResponse(
  status: number,
  overrides: Partial<ApideckErrorBody> = {},
  headers?: HeadersInit,
): Response {
  return HttpResponse.json(errorBody(status, overrides), { status, headers });
}

/** 404 for a connection this consumer does not have. */
export function connectionNotFound(unifiedApi: string, serviceId: string): Response {
  return errorResponse(404, {
    message: 'Unknown Connection',
    detail: `Could not find a connection for ${unifiedApi}+${serviceId}`,
  });
}

/** 400 for a request whose parameters or body break the contract. */
export function badRequest(detail: string | Record<string, unknown>, message = 'Invalid Params'): Response {
  return errorResponse(400, { message, detail });
}

/** 422 for a request the connection's current state does not allow. */
export function unprocessable(
  message: string,
  detail: string | Record<string, unknown>,
  typeName = 'InvalidStateError',
): Response {
  return errorResponse(422, {
    message,
    detail,
    type_name: typeName,
    ref: `https://developers.apideck.com/errors#${typeName.toLowerCase()}`,
  });
}
