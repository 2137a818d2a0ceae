/**
 * OCR with tesseract.js (tesseract compiled to WebAssembly, run on worker threads) and the Vietnamese
 * model of `@tesseract.js-data/vie`, entirely from the installed packages: the model, the worker
 * script and the core are read from node_modules, nothing is fetched, nothing is cached on disk.
 *
 * Model: `4.0.0_best_int` — the integer LSTM model. The package's `4.0.0` file holds the same LSTM
 * network plus the legacy engine's data; with the LSTM engine both give the very same text (checked
 * on the test scans), and best_int is 1.4 MB instead of 3.8 MB, so a worker starts faster.
 *
 * Workers are started as pages come (at most `workers`), each recognises one page at a time, and
 * `close` terminates them all.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Tesseract from 'tesseract.js';
import { InputError } from '../errors.js';
import { OCR_LANGUAGE, type OcrEngine, type OcrLine, type OcrPage } from './ocr-engine.js';
import type { PageImage } from './render-page.js';

const MODEL = '4.0.0_best_int';

interface LocalFiles {
  langPath: string;
  workerPath: string;
  corePath: string;
}

/** The local files tesseract.js needs, or null with the reason when one is missing. */
export function tesseractJsFiles(): { files: LocalFiles } | { missing: string } {
  const require = createRequire(import.meta.url);
  const dirOf = (name: string): string | null => {
    try {
      return path.dirname(require.resolve(`${name}/package.json`));
    } catch {
      return null;
    }
  };
  const tesseract = dirOf('tesseract.js');
  if (tesseract === null) return { missing: 'tesseract.js is not installed' };
  const core = dirOf('tesseract.js-core');
  if (core === null) return { missing: 'tesseract.js-core is not installed' };
  const data = dirOf(`@tesseract.js-data/${OCR_LANGUAGE}`);
  const langPath = data === null ? null : path.join(data, MODEL);
  if (langPath === null || !existsSync(path.join(langPath, `${OCR_LANGUAGE}.traineddata.gz`))) {
    return { missing: `the Vietnamese model for tesseract.js (@tesseract.js-data/${OCR_LANGUAGE}) is not installed` };
  }
  return { files: { langPath, corePath: core, workerPath: path.join(tesseract, 'src', 'worker-script', 'node', 'index.js') } };
}

function toLines(page: Tesseract.Page): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const { x0, y0, x1, y1 } = line.baseline;
        lines.push({
          words: line.words.map((w) => ({ text: w.text, box: { ...w.bbox }, confidence: w.confidence })),
          box: { ...line.bbox },
          baseline: { y: y0 + (line.bbox.x0 - x0) * (x1 > x0 ? (y1 - y0) / (x1 - x0) : 0), slope: x1 > x0 ? (y1 - y0) / (x1 - x0) : 0 },
          rowHeight: line.rowAttributes.rowHeight,
        });
      }
    }
  }
  return lines;
}

export async function openTesseractJsEngine(files: LocalFiles, workers: number): Promise<OcrEngine> {
  const { default: tesseract } = await import('tesseract.js');
  const started: Promise<Tesseract.Worker>[] = [];
  const idle: Tesseract.Worker[] = [];
  const waiting: ((worker: Tesseract.Worker) => void)[] = [];
  let closed = false;

  const start = async (): Promise<Tesseract.Worker> => {
    const worker = await tesseract.createWorker(OCR_LANGUAGE, tesseract.OEM.LSTM_ONLY, {
      ...files,
      gzip: true,
      // read the model from langPath every time, never write a copy of it into the working folder
      cacheMethod: 'none',
      logger: () => {},
      errorHandler: () => {},
    });
    // automatic page segmentation (tesseract.js defaults to one uniform block, which reads a
    // two-column header as one); tesseract's notes to stderr go nowhere
    await worker.setParameters({ tessedit_pageseg_mode: tesseract.PSM.AUTO, debug_file: '/dev/null' });
    return worker;
  };

  const acquire = async (): Promise<Tesseract.Worker> => {
    const free = idle.pop();
    if (free) return free;
    if (started.length < workers) {
      const worker = start();
      started.push(worker);
      return worker;
    }
    return new Promise((resolve) => waiting.push(resolve));
  };

  const release = (worker: Tesseract.Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };

  return {
    name: 'tesseract.js',
    async recognize(image: PageImage): Promise<OcrPage> {
      if (closed) throw new Error('the OCR engine is closed');
      let worker: Tesseract.Worker;
      try {
        worker = await acquire();
      } catch (error) {
        throw new InputError('ocr-unavailable', `tesseract.js could not start: ${error instanceof Error ? error.message : String(error)}`, 'check the installation (npm install), or give the text version');
      }
      try {
        // the resolution the page was rendered at (tesseract would guess it, and say so on stderr)
        await worker.setParameters({ user_defined_dpi: String(image.dpi) });
        const { data } = await worker.recognize(Buffer.from(image.pgm.buffer, image.pgm.byteOffset, image.pgm.byteLength), {}, { blocks: true, text: false });
        return { lines: toLines(data) };
      } finally {
        release(worker);
      }
    },
    async close(): Promise<void> {
      closed = true;
      const all = await Promise.allSettled(started);
      await Promise.allSettled(all.map((s) => (s.status === 'fulfilled' ? s.value.terminate() : null)));
    },
  };
}
