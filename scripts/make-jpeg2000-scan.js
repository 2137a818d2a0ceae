#!/usr/bin/env node
// Writes fixtures/scans/GP-2507-page1-jpeg2000.pdf: page 1 of the corpus scan GP-2507 (a real permit,
// fixtures/scans/GP-2507-…-ban-ky.pdf) rendered in gray at 150 dpi by pdftoppm, encoded as JPEG 2000
// by opj_compress (ratio 25), and put on an A4 page as one /JPXDecode image, as some scanners save
// their pages. Needs Debian's poppler-utils and libopenjp2-tools; the committed file was made with
// poppler 22.02 and OpenJPEG 2.5 (other versions may write other bytes, not another test).
//   node scripts/make-jpeg2000-scan.js
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scan = path.join(root, 'fixtures/scans/GP-2507-mo-da-Toong-Gia-Mien-Bac-ban-ky.pdf');
const target = path.join(root, 'fixtures/scans/GP-2507-page1-jpeg2000.pdf');
const work = mkdtempSync(path.join(os.tmpdir(), 'kh-jpx-'));
try {
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-f', '1', '-l', '1', scan, path.join(work, 'page')]);
  const pgm = path.join(work, 'page-1.pgm');
  const [, width, height] = /^P5\s+(\d+)\s+(\d+)/u.exec(readFileSync(pgm, 'latin1').slice(0, 40));
  execFileSync('opj_compress', ['-i', pgm, '-o', path.join(work, 'page.jp2'), '-r', '25'], { stdio: 'ignore' });
  const jp2 = readFileSync(path.join(work, 'page.jp2'));
  const content = Buffer.from('q 595.28 0 0 841.89 0 0 cm /Im0 Do Q\n');
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>'),
    Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /Filter /JPXDecode /Length ${jp2.length} >>\nstream\n`), jp2, Buffer.from('\nendstream')]),
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('endstream')]),
  ];
  const parts = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let at = parts[0].length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(object);
    at += object.length;
  });
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
  writeFileSync(target, Buffer.concat(parts));
  process.stdout.write(`wrote ${path.relative(root, target)} (${width} × ${height} px, JPEG 2000 ${jp2.length} bytes)\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
