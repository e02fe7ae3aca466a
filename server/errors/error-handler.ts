import type { ErrorRequestHandler, RequestHandler } from 'express';

import { AppError } from './app-error';

/** Answers a path that no route serves. */
export const notFound: RequestHandler = (_req, _res, next) => {
  next(new AppError('not_found'));
};

/**
 * The one place that turns errors into responses. Known client mistakes
 * become their 4xx; anything else is logged and answered with a 500 that
 * shows no internals.
 */
export const errorHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }

  const appError = toAppError(error);

  if (appError.status >= 500) {
    req.log.error({ err: error }, 'request failed');
  }

  res.status(appError.status).json({
    error: {
      code: appError.code,
      message: appError.text,
      ...(appError.fields.length > 0 ? { fields: appError.fields } : {}),
      ...appError.details,
    },
  });
};

/** Maps errors from Express's own middleware to the client's mistake. */
function toAppError(error: unknown): AppError {
  if (error instanceof AppError) {
    return error;
  }

  const { type, code, status } = error as {
    type?: string;
    code?: string;
    status?: number;
  };

  if (type === 'entity.too.large') {
    return new AppError('payload_too_large', { cause: error });
  }

  if (type === 'entity.parse.failed') {
    return new AppError('malformed_json', { cause: error });
  }

  if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
    return new AppError('unsupported_media_type', { cause: error });
  }

  if (code === 'csrf_invalid') {
    return new AppError('csrf_invalid', { cause: error });
  }

  if (status !== undefined && status >= 400 && status < 500) {
    return new AppError('validation_failed', { cause: error });
  }

  return new AppError('internal', { cause: error });
}
