/**
 * Progress of a batch on a terminal: files done/total, rate, time left, current file — one line,
 * redrawn in place. Only used when stderr is a terminal.
 */
import type { ChalkInstance } from 'chalk';

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

export class ProgressLine {
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly stderr: { write(chunk: string): unknown },
    private readonly chalk: ChalkInstance,
    private readonly total: number,
  ) {}

  update(done: number, current: string | null): void {
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < this.total) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? (this.total - done) / rate : Number.POSITIVE_INFINITY;
    const name = current ? ` ${this.chalk.dim(current.length > 50 ? `…${current.slice(-49)}` : current)}` : '';
    this.stderr.write(`\r\u001b[K${this.chalk.cyan(`${done}/${this.total}`)} files · ${rate.toFixed(1)}/s · ${duration(eta)} left${name}`);
  }

  clear(): void {
    this.stderr.write('\r\u001b[K');
  }
}
