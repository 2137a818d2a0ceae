/** The message a batch worker posts once, when it has loaded the parser and listens for jobs. */
export const WORKER_READY = { ready: true } as const;

export function isReadyMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && 'ready' in message && message.ready === true;
}
