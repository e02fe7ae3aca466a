import type { BlackSpotFeature, LocalizedText } from './api-types';

/** A server message about one field of a request body. */
export interface FieldError {
  readonly field: string;
  readonly message: LocalizedText;
}

export interface ApiErrorOptions {
  readonly status: number;
  readonly code: string;
  readonly text?: LocalizedText | null;
  readonly fields?: readonly FieldError[];
  readonly allowed?: readonly string[];
  readonly current?: BlackSpotFeature | null;
  readonly cause?: unknown;
}

/**
 * A failed API call: the HTTP status (0 when the network failed), the
 * server's machine-readable code and, when the server sent one, its
 * bilingual message.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: LocalizedText | null;
  readonly fields: readonly FieldError[];
  readonly allowed: readonly string[];
  readonly current: BlackSpotFeature | null;

  constructor(options: ApiErrorOptions) {
    super(options.text?.en ?? `${options.code} (HTTP ${options.status})`, {
      cause: options.cause,
    });
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.text = options.text ?? null;
    this.fields = options.fields ?? [];
    this.allowed = options.allowed ?? [];
    this.current = options.current ?? null;
  }
}

interface ErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    fields?: unknown;
    allowed?: unknown;
    current?: unknown;
  };
}

function isLocalizedText(value: unknown): value is LocalizedText {
  const text = value as LocalizedText | null;

  return (
    typeof text === 'object' &&
    text !== null &&
    typeof text.vi === 'string' &&
    typeof text.en === 'string'
  );
}

function readFields(value: unknown): FieldError[] {
  if (!Array.isArray(value)) {
    return [];
  }

  return value.filter(
    (item): item is FieldError =>
      typeof item?.field === 'string' && isLocalizedText(item.message),
  );
}

/**
 * Turns an error response into an {@link ApiError}, whatever its body: the
 * documented `{ error: ... }` shape, other JSON, or none at all.
 */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const fallbackCode = status >= 500 ? 'server_error' : 'http_error';

  if (typeof error !== 'object' || error === null) {
    return new ApiError({ status, code: fallbackCode });
  }

  return new ApiError({
    status,
    code: typeof error.code === 'string' ? error.code : fallbackCode,
    text: isLocalizedText(error.message) ? error.message : null,
    fields: readFields(error.fields),
    allowed: Array.isArray(error.allowed)
      ? error.allowed.filter((item) => typeof item === 'string')
      : [],
    current:
      typeof error.current === 'object' && error.current !== null
        ? (error.current as BlackSpotFeature)
        : null,
  });
}
