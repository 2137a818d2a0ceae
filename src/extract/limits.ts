/** Limits that protect a batch from one file: size and pages (time is enforced by the worker pool). */
export interface InputLimits {
  /** largest file accepted, in bytes */
  maxBytes: number;
  /** most PDF pages accepted */
  maxPages: number;
}

export const DEFAULT_LIMITS: InputLimits = Object.freeze({ maxBytes: 100 * 1024 * 1024, maxPages: 2000 });

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
