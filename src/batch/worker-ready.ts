/**
 * The message a batch worker posts once, when it has loaded the parser and listens for jobs; a
 * bundled worker adds what became of its code cache (`accepted` …), which the tests read.
 */
export interface ReadyMessage {
  ready: true;
  codeCache?: string;
}

export function readyMessage(codeCache?: string): ReadyMessage {
  return codeCache === undefined ? { ready: true } : { ready: true, codeCache };
}

export function isReadyMessage(message: unknown): message is ReadyMessage {
  return typeof message === 'object' && message !== null && 'ready' in message && message.ready === true;
}
