/** A small HTTP client for the tests that keeps one user's cookie. */
export class TestClient {
  readonly baseUrl: string;
  readonly #headers: Record<string, string>;
  #cookie: string | null = null;
  #csrfToken: string | null = null;

  /** `headers` go with every request, e.g. a forwarded client address. */
  constructor(
    baseUrl = process.env.TEST_BASE_URL!,
    headers: Record<string, string> = {},
  ) {
    this.baseUrl = baseUrl;
    this.#headers = headers;
  }

  /** Logs in and keeps the session cookie and CSRF token. */
  async login(email: string, password = 'sample-password'): Promise<void> {
    const res = await this.request('POST', '/api/session', { email, password });

    if (res.status !== 200) {
      throw new Error(`login as ${email} failed: ${res.status}`);
    }
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    // Tests read answers of many shapes; each asserts what it expects.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ): Promise<{ status: number; body: any; headers: Headers }> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...this.#headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.#cookie ? { cookie: this.#cookie } : {}),
        ...(this.#csrfToken ? { 'x-csrf-token': this.#csrfToken } : {}),
        ...headers,
      },
      body:
        body === undefined
          ? undefined
          : typeof body === 'string'
            ? body
            : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');

    if (setCookie) {
      this.#cookie = setCookie.split(';')[0]!;
    }

    const text = await res.text();
    const parsed = text ? JSON.parse(text) : null;

    if (parsed && typeof parsed === 'object' && 'csrfToken' in parsed) {
      this.#csrfToken = parsed.csrfToken;
    }

    return { status: res.status, body: parsed, headers: res.headers };
  }

  /** The session cookie, for requests made without this client. */
  get cookie(): string | null {
    return this.#cookie;
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, body: unknown) {
    return this.request('POST', path, body);
  }

  delete(path: string) {
    return this.request('DELETE', path);
  }
}
