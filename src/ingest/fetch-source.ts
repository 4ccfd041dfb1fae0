/**
 * Fetching one source document over HTTP for a refresh: a conditional GET (so an unchanged source
 * costs a 304 and nothing else), each attempt bounded in time, retried with exponential backoff when
 * the failure may pass (network errors, timeouts, 5xx) and not when it will not (4xx, too large, not
 * text), and the body counted while it streams, so an oversized answer is cut off, not buffered.
 */
import { setTimeout as delay } from 'node:timers/promises';

export interface FetchLimits {
  /** One attempt, from the request to the body's last byte. */
  timeoutMs: number;
  /** The body's size once decoded; larger is refused (not retried). */
  maxBytes: number;
  /** Attempts in all, the first included. */
  attempts: number;
  /** The wait before the second attempt; it doubles before each further one. */
  retryDelayMs: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 32 * 1024 * 1024, attempts: 4, retryDelayMs: 1_000 };

export interface FetchOptions extends FetchLimits {
  /** Aborts every attempt and the waits between them (a server shutting down). */
  signal?: AbortSignal;
}

/** What the previous response said about its version, sent back to ask "has it changed?". */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchedDocument = { status: 'NOT_MODIFIED' } | { status: 'FETCHED'; text: string; validators: Validators };

export class SourceFetchError extends Error {
  constructor(
    readonly url: string,
    problem: string,
    /** True when trying again later may succeed. */
    readonly retryable: boolean,
  ) {
    super(`${url}: ${problem}`);
    this.name = 'SourceFetchError';
  }
}

const USER_AGENT = 'model-compare-api catalog refresh';

/** GETs `url`, conditionally when `known` validators are given; throws SourceFetchError after the last attempt. */
export async function fetchSourceDocument(url: string, known: Validators | null, options: FetchOptions): Promise<FetchedDocument> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchOnce(url, known, options);
    } catch (error) {
      const failure = asFetchError(url, error, options);
      if (!failure.retryable || attempt >= options.attempts) throw failure;
      await delay(options.retryDelayMs * 2 ** (attempt - 1), undefined, { signal: options.signal }).catch(() => {
        throw new SourceFetchError(url, 'aborted', false);
      });
    }
  }
}

async function fetchOnce(url: string, known: Validators | null, { timeoutMs, maxBytes, signal }: FetchOptions): Promise<FetchedDocument> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json, text/csv;q=0.9, */*;q=0.1', 'user-agent': USER_AGENT };
  if (known?.etag) headers['if-none-match'] = known.etag;
  if (known?.lastModified) headers['if-modified-since'] = known.lastModified;
  const response = await fetch(url, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  if (response.status === 304) {
    await response.body?.cancel();
    if (!known) throw new SourceFetchError(url, 'answered 304 Not Modified to a request that was not conditional', false);
    return { status: 'NOT_MODIFIED' };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new SourceFetchError(url, `HTTP ${response.status} ${response.statusText}`.trim(), response.status >= 500);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(url, maxBytes);
  }
  const text = decodeUtf8(url, await readBody(response, url, maxBytes));
  return { status: 'FETCHED', text, validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') } };
}

const tooLarge = (url: string, maxBytes: number) => new SourceFetchError(url, `the response is larger than the limit of ${maxBytes} bytes`, false);

async function readBody(response: Response, url: string, maxBytes: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
}

function decodeUtf8(url: string, bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SourceFetchError(url, 'the response is not UTF-8 text', false);
  }
}

/** Anything an attempt threw, as a SourceFetchError that says whether to try again. */
function asFetchError(url: string, error: unknown, { timeoutMs, signal }: FetchOptions): SourceFetchError {
  if (error instanceof SourceFetchError) return error;
  if (signal?.aborted) return new SourceFetchError(url, 'aborted', false);
  if (error instanceof Error && error.name === 'TimeoutError') return new SourceFetchError(url, `no complete response within ${timeoutMs} ms`, true);
  // fetch rejects with a TypeError for a refused connection, a reset, or a body cut short; the cause says which.
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new SourceFetchError(url, `${error instanceof Error ? error.message : String(error)}${cause}`, true);
}
