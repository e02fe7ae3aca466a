import { TestClient } from '../support/http';

const client = new TestClient();

type Json = Record<string, unknown>;

interface Operation {
  responses?: Json;
  parameters?: { name: string; in: string; required?: boolean }[];
}

/** Every `$ref` anywhere in `node`. */
function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) {
    return node.flatMap(refsIn);
  }

  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      key === '$ref' && typeof value === 'string' ? [value] : refsIn(value),
    );
  }

  return [];
}

describe('the OpenAPI description', () => {
  let document: {
    openapi: string;
    info: Json;
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Json> };
  };

  beforeAll(async () => {
    document = (await client.get('/api/openapi.json')).body;
  });

  it('is OpenAPI 3 with a title and version', () => {
    expect(document.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(document.info).toMatchObject({
      title: expect.any(String),
      version: expect.any(String),
    });
  });

  it('lists the black spot and session paths', () => {
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/black-spots',
        '/api/black-spots/nearby',
        '/api/black-spots/counts',
        '/api/black-spots/{id}',
        '/api/black-spots/{id}/history',
        '/api/black-spots/{id}/transitions',
        '/api/session',
        '/api/admin-units',
      ]),
    );
    expect(Object.keys(document.paths['/api/session']!).sort()).toEqual([
      'delete',
      'get',
      'post',
    ]);
  });

  it('gives every operation its responses', () => {
    const operations = Object.values(document.paths).flatMap((path) =>
      Object.values(path),
    );

    for (const operation of operations) {
      expect(Object.keys(operation.responses ?? {})).not.toHaveLength(0);
    }
  });

  it('declares every path parameter as a required parameter', () => {
    for (const [path, operations] of Object.entries(document.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

      for (const operation of Object.values(operations)) {
        const declared = (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'path' && parameter.required)
          .map((parameter) => parameter.name);

        expect(declared).toEqual(names);
      }
    }
  });

  it('resolves every reference it makes', () => {
    const refs = new Set(refsIn(document));

    for (const ref of refs) {
      const name = ref.replace('#/components/schemas/', '');

      expect(document.components.schemas).toHaveProperty([name]);
    }

    expect(refs.size).toBeGreaterThan(0);
  });

  it('describes a report with the schema that validates it', () => {
    const report = document.components.schemas.BlackSpotReport!;

    expect(report.required).toEqual(
      expect.arrayContaining(['geometry', 'category', 'severity']),
    );
    expect(report.additionalProperties).toBe(false);
  });
});

describe('the API documentation page', () => {
  it('serves Swagger UI pointed at the description', async () => {
    const page = await fetch(`${client.baseUrl}/api/docs/`);
    const initializer = await fetch(
      `${client.baseUrl}/api/docs/swagger-initializer.js`,
    );

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('swagger-ui');
    expect(await initializer.text()).toContain("url: '/api/openapi.json'");
  });
});

describe('an API path that does not exist', () => {
  it('is a bilingual 404', async () => {
    const res = await client.get('/api/khong-co');

    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({
      code: 'not_found',
      message: { vi: 'Không tìm thấy.', en: 'Not found.' },
    });
  });
});
