import { TestClient } from './support/http';

describe('the running platform', () => {
  it('answers health and readiness over HTTP', async () => {
    const client = new TestClient();

    const health = await client.get('/health');
    const ready = await client.get('/ready');

    expect(health.body).toEqual({ status: 'ok' });
    expect(ready.status).toBe(200);
  });
});
