/**
 * The one error type services throw on purpose. `message` is Chinese and shown to the user as is;
 * `code` is stable so tests and the UI can branch on it.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface ErrorPayload {
  readonly code: string;
  readonly message: string;
  readonly details?: unknown;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorPayload };
