import { type MessageKey, messages, type Text } from './messages';

/** A field-level problem, as the client shows it next to the input. */
export interface FieldError {
  readonly field: string;
  readonly message: Text;
}

export interface AppErrorOptions {
  readonly fields?: readonly FieldError[];
  /** Extra machine-readable facts for the client (allowed actions...). */
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

/**
 * The one error type that services throw. It carries a stable code, the HTTP
 * status, and the Vietnamese and English text from `messages`; the error
 * middleware turns it into the response.
 */
export class AppError extends Error {
  readonly code: MessageKey;
  readonly status: number;
  readonly text: Text;
  readonly fields: readonly FieldError[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: MessageKey, options: AppErrorOptions = {}) {
    const entry = messages[code];
    super(entry.en, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = entry.status;
    this.text = { vi: entry.vi, en: entry.en };
    this.fields = options.fields ?? [];
    this.details = options.details ?? {};
  }
}
