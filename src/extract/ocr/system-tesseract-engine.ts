/**
 * OCR with the system's `tesseract` command (Debian: tesseract-ocr, tesseract-ocr-vie), about twice
 * as fast as tesseract.js. One process per page, the page image on stdin, hOCR on stdout; at most
 * `workers` processes at once, each on one thread (`OMP_THREAD_LIMIT=1`: tesseract's own threads
 * only fight each other on a small machine). `close` kills any still running.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { hocrLines } from './hocr-lines.js';
import { OCR_LANGUAGE, type OcrEngine, type OcrPage } from './ocr-engine.js';
import type { PageImage } from './render-page.js';

const COMMAND = 'tesseract';
/** a page that takes longer than this has hung */
const PAGE_TIMEOUT_MS = 300_000;

/** Whether `tesseract` is on the PATH with the Vietnamese model. */
export function systemTesseractHasVietnamese(): boolean {
  const run = spawnSync(COMMAND, ['--list-langs'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.error || run.status !== 0) return false;
  // tesseract 5 lists on stdout, older versions on stderr
  return `${run.stdout}\n${run.stderr}`.split(/\r?\n/u).some((line) => line.trim() === OCR_LANGUAGE);
}

function runTesseract(image: PageImage, running: Set<ChildProcess>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(COMMAND, ['stdin', 'stdout', '-l', OCR_LANGUAGE, '--psm', '3', '--dpi', String(image.dpi), 'hocr'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: PAGE_TIMEOUT_MS,
    });
    running.add(child);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // a process that died early closes stdin: that error is the exit's to report
    child.stdin.on('error', () => {});
    child.on('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else {
        const said = Buffer.concat(err).toString('utf8').trim().split('\n').pop() ?? '';
        reject(new Error(`tesseract ${signal ? `was stopped (${signal})` : `exited with ${code}`}${said ? `: ${said}` : ''}`));
      }
    });
    child.stdin.end(image.pgm);
  });
}

export function openSystemTesseractEngine(workers: number): OcrEngine {
  const running = new Set<ChildProcess>();
  const waiting: (() => void)[] = [];
  let active = 0;
  let closed = false;

  const slot = async (): Promise<void> => {
    if (active < workers) {
      active += 1;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const free = () => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };

  return {
    name: 'tesseract',
    async recognize(image: PageImage): Promise<OcrPage> {
      if (closed) throw new Error('the OCR engine is closed');
      await slot();
      try {
        return { lines: hocrLines(await runTesseract(image, running)) };
      } finally {
        free();
      }
    },
    async close(): Promise<void> {
      closed = true;
      for (const child of running) child.kill('SIGKILL');
    },
  };
}
