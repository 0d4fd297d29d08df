/**
 * A small GitHub REST client on fetch, with what a CI step needs to survive the API: a timeout per
 * request, retries with backoff on 5xx and dropped connections, and waiting out a rate limit until
 * its reset (bounded). The token is sent as a header only, never logged.
 */
export interface ApiOptions {
  baseUrl: string;
  token: string;
  /** Per request, in milliseconds. */
  timeout?: number;
  retries?: number;
  /** The longest a rate-limit reset is waited for, in milliseconds. */
  maxRateLimitWait?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** The server may have done it: a write that failed with 5xx or a dropped connection. */
    readonly ambiguous = false,
  ) {
    super(message);
  }
}

export interface RequestOptions {
  /**
   * false for writes that must not happen twice (creating an issue): a 5xx or a dropped connection
   * is then thrown as ambiguous instead of retried, and the caller looks before trying again.
   * A rate-limit answer is still waited out: the server refused the request without doing it.
   */
  retry?: boolean;
}

export class GitHubApi {
  constructor(private readonly o: ApiOptions) {}

  async request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    const retries = this.o.retries ?? 3;
    const once = options.retry === false;
    const sleep = this.o.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
    let last = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      if (attempt > 0) await sleep(Math.min(250 * 2 ** (attempt - 1), 4000));
      let response: Response;
      try {
        response = await fetch(`${this.o.baseUrl.replace(/\/$/, '')}${path}`, {
          method,
          headers: { authorization: `Bearer ${this.o.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json', 'user-agent': 'readiness-gate' },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
          signal: AbortSignal.timeout(this.o.timeout ?? 15000),
        });
      } catch (err) {
        last = `${method} ${path}: ${(err as Error).name === 'TimeoutError' ? 'timed out' : 'connection failed'}`;
        if (once) throw new ApiError(last, undefined, true);
        continue;
      }
      if (response.ok) return (response.status === 204 ? undefined : JSON.parse(await boundedText(response, MAX_RESPONSE_BYTES, `${method} ${path}`))) as T;
      const wait = rateLimitWait(response);
      if (wait !== undefined) {
        if (wait > (this.o.maxRateLimitWait ?? 60000)) throw new ApiError(`${method} ${path}: rate limited until ${new Date(Date.now() + wait).toISOString()}, longer than the step waits`, response.status);
        last = `${method} ${path}: rate limited`;
        await sleep(wait);
        continue;
      }
      if (response.status >= 500) {
        last = `${method} ${path}: HTTP ${response.status}`;
        if (once) throw new ApiError(last, response.status, true);
        continue;
      }
      throw new ApiError(`${method} ${path}: HTTP ${response.status} ${await reason(response)}`, response.status);
    }
    throw new ApiError(`${last} (after ${retries + 1} attempts)`);
  }
}

/** No API answer this client needs is larger: a bigger one is refused, not buffered until Node aborts. */
export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** A response body as text, read in chunks and refused past the limit. */
async function boundedText(response: Response, max: number, what: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) throw new ApiError(`${what}: the response is ${declared} bytes, over the ${max} this client reads`, response.status);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new ApiError(`${what}: the response is over the ${max} bytes this client reads`, response.status);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** How long a 403/429 rate-limit answer asks us to wait, or undefined when it is not one. */
function rateLimitWait(response: Response): number | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined;
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter) return Math.max(0, Number(retryAfter) * 1000);
  if (response.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - Date.now()) + 250;
  }
  return undefined;
}

async function reason(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: string };
    return body.message ? `(${body.message})` : '';
  } catch {
    return '';
  }
}
