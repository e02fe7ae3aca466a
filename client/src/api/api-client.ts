import { ApiError, apiErrorFromBody } from './api-error';
import type { ClientConfig, SessionInfo } from './api-types';

export type QueryValue = string | number | readonly string[] | undefined;

export interface RequestOptions {
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

export interface ApiClientOptions {
  /** Origin and path prefix of the API; the page's own origin by default. */
  readonly baseUrl?: string;
  /** Milliseconds before a request is given up as a network failure. */
  readonly timeout?: number;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Builds a URL with the given query parameters; `undefined` values are left
 * out and arrays are joined with commas, as the API expects.
 */
export function buildUrl(
  path: string,
  query: Readonly<Record<string, QueryValue>> = {},
  baseUrl = window.location.origin,
): string {
  const url = new URL(path, baseUrl);

  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) {
      continue;
    }
    url.searchParams.set(
      name,
      Array.isArray(value) ? value.join(',') : String(value),
    );
  }

  return url.toString();
}

/**
 * The typed HTTP transport to the server: JSON in and out, same-origin
 * cookies, and the CSRF token on every state-changing request.
 */
export class ApiClient {
  readonly #baseUrl: string;
  readonly #timeout: number;
  #csrfToken: string | null = null;

  constructor(options: ApiClientOptions = {}) {
    this.#baseUrl = options.baseUrl ?? window.location.origin;
    this.#timeout = options.timeout ?? 20000;
  }

  /** Remembers the CSRF token of the current session (null when logged out). */
  setCsrfToken(token: string | null): void {
    this.#csrfToken = token;
  }

  url(path: string, query?: Readonly<Record<string, QueryValue>>): string {
    return buildUrl(path, query, this.#baseUrl);
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', path, options);
  }

  delete<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('DELETE', path, options);
  }

  async request<T>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
    }
    if (UNSAFE_METHODS.has(method) && this.#csrfToken) {
      headers['x-csrf-token'] = this.#csrfToken;
    }
    const timeout = AbortSignal.timeout(this.#timeout);
    const signal = options.signal
      ? AbortSignal.any([options.signal, timeout])
      : timeout;

    let response: Response;
    try {
      response = await fetch(this.url(path, options.query), {
        method,
        headers,
        body:
          options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'same-origin',
        signal,
      });
    } catch (cause) {
      throw new ApiError({ status: 0, code: 'network_error', cause });
    }

    const body = await readBody(response);
    if (!response.ok) {
      throw apiErrorFromBody(response.status, body);
    }

    return body as T;
  }

  /** GET /api/config: what the deployment offers (tiles, sample data). */
  getConfig(): Promise<ClientConfig> {
    return this.get<ClientConfig>('/api/config');
  }

  /** GET /api/session: who is logged in, and their CSRF token. */
  async getSession(): Promise<SessionInfo> {
    const session = await this.get<SessionInfo>('/api/session');
    this.setCsrfToken(session.csrfToken);

    return session;
  }

  /** POST /api/session: logs in with e-mail and password. */
  async logIn(email: string, password: string): Promise<SessionInfo> {
    const session = await this.post<SessionInfo>('/api/session', {
      body: { email, password },
    });
    this.setCsrfToken(session.csrfToken);

    return session;
  }

  /** DELETE /api/session: logs out. */
  async logOut(): Promise<void> {
    await this.delete<null>('/api/session');
    this.setCsrfToken(null);
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) {
    return null;
  }
  const text = await response.text().catch(() => '');
  if (text === '') {
    return null;
  }

  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
