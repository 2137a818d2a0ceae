/**
 * Inputs of a size no plan has: thousands of pages, hundreds of megabytes. They are refused by
 * the default limits, quickly, with the numbers in the message.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parsePlan, parsePlanBytes } from '../../src/index.js';

/** A valid PDF of `pages` empty pages, written by hand (objects, xref table, trailer). */
function blankPdf(pages: number): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i += 1) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

describe('huge inputs', () => {
  it('a PDF of thousands of pages is refused by the page limit', async () => {
    const error = await parsePlanBytes(blankPdf(2500)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'too-many-pages', reason: 'the PDF has 2500 pages, over the limit of 2000' });
  });

  it('a file over the size limit is refused before it is read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kh-huge-'));
    const file = path.join(dir, 'huge.txt');
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024, 'a'));
    const error = await parsePlan(file, { limits: { maxBytes: 2 * 1024 * 1024 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large', reason: 'the file is 3.0 MiB, over the limit of 2.0 MiB', path: file });
  });

  it('a blank PDF within the limits has no text layer', async () => {
    const error = await parsePlanBytes(blankPdf(3)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'pdf-no-text', reason: 'the PDF has no text layer (3 pages, probably a scan)' });
  });
});
