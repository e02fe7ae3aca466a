import { SAMPLE } from '../../support/accounts';
import { TestClient } from '../../support/http';

const REAL_ADMIN = 'admin@test.blackspot.vn';

describe('logging in', () => {
  it('starts a session for the right password', async () => {
    const client = new TestClient();

    const res = await client.post('/api/session', {
      email: REAL_ADMIN,
      password: 'test-admin-password',
    });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      user: { email: REAL_ADMIN, role: 'admin' },
      csrfToken: expect.any(String),
    });
    expect(res.headers.get('set-cookie')).toMatch(/blackspot\.sid=.*HttpOnly/);
  });

  it.each([
    { what: 'a wrong password', email: REAL_ADMIN, password: 'guess' },
    { what: 'an unknown email', email: 'ai@do.vn', password: 'guess' },
  ])('refuses $what in both languages', async ({ email, password }) => {
    const res = await new TestClient().post('/api/session', {
      email,
      password,
    });

    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({
      code: 'invalid_credentials',
      message: {
        vi: 'Email hoặc mật khẩu không đúng.',
        en: 'The email or password is wrong.',
      },
    });
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});

describe('a session', () => {
  it('tells who is logged in', async () => {
    const client = new TestClient();
    await client.login(SAMPLE.manager);

    const res = await client.get('/api/session');

    expect(res.body.user).toMatchObject({
      email: SAMPLE.manager,
      role: 'union_manager',
      organisationName: 'Quận Đoàn 1',
    });
  });

  it('tells the public that nobody is logged in', async () => {
    const res = await new TestClient().get('/api/session');

    expect(res.body).toEqual({ user: null, csrfToken: null });
  });

  it('ends on logout', async () => {
    const client = new TestClient();
    await client.login(SAMPLE.officer);

    const logout = await client.delete('/api/session');
    const after = await client.get('/api/session');

    expect(logout.status).toBe(204);
    expect(after.body.user).toBeNull();
  });

  it('refuses a change that lacks the CSRF token', async () => {
    const client = new TestClient();
    await client.login(SAMPLE.officer);

    const res = await fetch(`${client.baseUrl}/api/session`, {
      method: 'DELETE',
      headers: { cookie: client.cookie! },
    });
    const still = await client.get('/api/session');

    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      error: { code: 'csrf_invalid' },
    });
    expect(still.body.user.email).toBe(SAMPLE.officer);
  });

  it('refuses a change with a forged CSRF token', async () => {
    const client = new TestClient();
    await client.login(SAMPLE.officer);

    const res = await client.request(
      'POST',
      '/api/black-spots/1/transitions',
      { action: 'verify', version: 1 },
      { 'x-csrf-token': 'forged-token' },
    );

    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_invalid');
  });
});
