import {
  OpenAPIRegistry,
  type RouteConfig,
} from '@asteasolutions/zod-to-openapi';
import express, { type Request, type Response } from 'express';
import type { z } from 'zod';

import type { Actor } from '../black-spots/lifecycle';
import type { JsonText } from '../db/text-query';
import { parseInput } from './validation';

type AnyZod = z.ZodType;
type Output<T> = T extends AnyZod ? z.output<T> : undefined;

/** What a handler receives: validated input and the acting user. */
export interface HandlerInput<P, Q, B> {
  readonly params: Output<P>;
  readonly query: Output<Q>;
  readonly body: Output<B>;
  readonly actor: Actor;
  readonly req: Request;
  readonly res: Response;
}

export interface RouteSpec<P, Q, B> {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI style, relative to /api: `/black-spots/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: string[];
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly responses: RouteConfig['responses'];
  /** Rate limiters or other middleware that run before validation. */
  readonly before?: express.RequestHandler[];
  /**
   * Returns the response body: an object is sent as JSON, `RawJson` as it
   * is; `undefined` means the handler answered itself.
   */
  readonly handler: (input: HandlerInput<P, Q, B>) => Promise<unknown>;
}

/**
 * Declares each API route once: the same zod schemas validate the request
 * and describe it in the OpenAPI document.
 */
export class ApiRoutes {
  readonly registry = new OpenAPIRegistry();
  readonly router = express.Router();

  add<
    P extends AnyZod | undefined = undefined,
    Q extends AnyZod | undefined = undefined,
    B extends AnyZod | undefined = undefined,
  >(spec: RouteSpec<P, Q, B>): void {
    this.registry.registerPath({
      method: spec.method,
      path: `/api${spec.path}`,
      summary: spec.summary,
      tags: spec.tags,
      request: {
        params: spec.params as never,
        query: spec.query as never,
        body: spec.body
          ? { content: { 'application/json': { schema: spec.body } } }
          : undefined,
      },
      responses: spec.responses,
    });

    const expressPath = spec.path.replace(/\{(\w+)\}/g, ':$1');
    this.router[spec.method](
      expressPath,
      ...(spec.before ?? []),
      async (req: Request, res: Response) => {
        const input = {
          params: (spec.params
            ? parseInput(spec.params, req.params)
            : undefined) as Output<P>,
          query: (spec.query
            ? parseInput(spec.query, req.query)
            : undefined) as Output<Q>,
          body: (spec.body
            ? parseInput(spec.body, req.body ?? {})
            : undefined) as Output<B>,
          actor: req.actor,
          req,
          res,
        };
        const result = await spec.handler(input);

        if (result === undefined || res.headersSent) {
          return;
        }

        if (result instanceof RawJson) {
          res.type(result.mediaType).send(result.text);
        } else {
          res.json(result);
        }
      },
    );
  }
}

/** JSON text that PostgreSQL already built, sent without parsing it. */
export class RawJson {
  constructor(
    readonly text: JsonText,
    readonly mediaType = 'application/json',
  ) {}
}

/** A GeoJSON Feature or FeatureCollection built by the database. */
export function geoJson(text: JsonText): RawJson {
  return new RawJson(text, 'application/geo+json');
}
