import type { TypedDocumentString } from './generated/operations.ts';

/** How the pages reach the API: the Yoga instance's own `fetch`, in-process, exactly as a client's request. */
export type AppFetch = (url: string, init: RequestInit) => Promise<Response> | Response;

export interface ApiError {
  message: string;
  /** `reason` tells one problem from another (UNKNOWN_MODEL); with several, each is in `problems`. */
  extensions?: { code?: string; argument?: string; reason?: string; problems?: { argument?: string; reason?: string; message?: string }[] };
}

export type ApiResult<TData> = { ok: true; data: TData } | { ok: false; errors: ApiError[] };

/** The API answered with something other than data or a GraphQL error list: a bug, shown as a 500. */
export class ApiFailure extends Error {}

/**
 * Runs one typed operation of schema/operations through the app. The page's request id travels
 * with it, so the log lines of the page and of the operations it ran share one id.
 */
export function createApiClient(fetch: AppFetch, requestId: string | null) {
  return async function run<TData, TVariables>(document: TypedDocumentString<TData, TVariables>, variables: TVariables): Promise<ApiResult<TData>> {
    const response = await fetch('http://pages.internal/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(requestId && { 'x-request-id': requestId }),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await response.json().catch(() => null)) as { data?: TData | null; errors?: ApiError[] } | null;
    if (body?.errors?.length) return { ok: false, errors: body.errors };
    if (!body?.data) throw new ApiFailure(`the API answered ${response.status} without data`);
    return { ok: true, data: body.data };
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Errors the user caused (a bad id or usage), as opposed to the API failing. */
export const isUserError = (error: ApiError) => error.extensions?.code === 'BAD_USER_INPUT';
