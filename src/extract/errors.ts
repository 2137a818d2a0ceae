/**
 * Errors for input that cannot be parsed. Each carries a stable code, what went wrong and what
 * the user can do, so the CLI can print `kh-parse: <file>: <what went wrong> (<what to do>)`.
 */
export type InputErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'is-directory'
  | 'empty'
  | 'unsupported-format'
  | 'binary-text'
  | 'pdf-invalid'
  | 'pdf-encrypted'
  | 'pdf-no-text'
  | 'too-large'
  | 'too-many-pages'
  | 'timeout'
  | 'not-vietnamese'
  | 'garbled-text'
  | 'ocr-unavailable'
  | 'ocr-failed';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    /** what went wrong, lowercase, no trailing period */
    readonly reason: string,
    /** what the user can do about it */
    readonly hint: string,
    /** the input path, or null for stdin */
    readonly path: string | null = null,
  ) {
    super(`${reason} (${hint})`);
  }

  withPath(path: string | null): InputError {
    return new InputError(this.code, this.reason, this.hint, path);
  }
}
