/**
 * PDFs typed in legacy 8-bit Vietnamese fonts: their text layer is the fonts' raw codes, read from
 * the operator list and decoded per font (fixtures/pdf-legacy, written by
 * scripts/make-legacy-font-pdfs.js, each with the Unicode text it shows beside it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/extract/read-source.js';
import { extractPlanText, parsePlanBytes } from '../../src/index.js';
import { readText } from '../../src/extract/read-text.js';
import { normalizeSource } from '../../src/normalize/normalize-source.js';

const DIR = 'fixtures/pdf-legacy';
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(DIR, `${name}.pdf`)));
const truth = (name: string) => readFileSync(path.join(DIR, `${name}.truth.txt`), 'utf8').replace(/\n$/u, '');

interface Case {
  name: string;
  what: string;
  textLayer: 'legacy-decoded' | 'ok';
  /** the notes, one per page */
  notes: string[];
}

const CASES: Case[] = [
  {
    name: 'tcvn3-vntime',
    what: 'TCVN3: .VnTime and the capitals font .VnTimeH, WinAnsi (0xAD ư read as "-", 0xB5 à as μ)',
    textLayer: 'legacy-decoded',
    notes: ['page 1: 364 characters decoded from TCVN3 fonts .VnTimeH, .VnTime'],
  },
  {
    name: 'tcvn3-subset-tounicode',
    what: 'TCVN3: subset Type 1 fonts with a ToUnicode map to Windows-1252 (0xAD → soft hyphen, dropped by pdf.js), capitals typed in .VnTime',
    textLayer: 'legacy-decoded',
    notes: ['page 1: 294 characters decoded from TCVN3 fonts .VnTime,Bold, .VnTime'],
  },
  {
    name: 'vni-times',
    what: 'VNI: two codes for a marked letter, the mark zero-width, lines cut inside a letter',
    textLayer: 'legacy-decoded',
    notes: ['page 1: 289 characters decoded from VNI fonts VNI-Times,Bold, VNI-Times'],
  },
  {
    name: 'viscii',
    what: 'VISCII in fonts whose names say nothing (capitals in C0 and C1: Ỹ 0x19, Ồ 0x90)',
    textLayer: 'legacy-decoded',
    notes: ['page 1: 205 characters decoded from VISCII fonts VTimesNewRoman,Bold, VTimesNewRoman'],
  },
  {
    name: 'windows-1258',
    what: 'Windows-1258: tones as combining codes after their letter',
    textLayer: 'legacy-decoded',
    notes: ['page 1: 217 characters decoded from Windows-1258 fonts TimesNewRomanPS-BoldMT, TimesNewRomanPSMT'],
  },
  {
    name: 'utf8-as-cp1252',
    what: 'UTF-8 typed as Windows-1252 text (0x81 0x8D 0x90 0x9D: undefined in Windows-1252, bullets to pdf.js)',
    textLayer: 'legacy-decoded',
    notes: ['page 1: 301 characters decoded from UTF-8-read-as-Windows-1252 fonts Arial-BoldMT, ArialMT'],
  },
  {
    name: 'mixed-unicode-and-tcvn3',
    what: 'a Unicode font and TCVN3 fonts on one page, both on one line: only the TCVN3 runs decoded',
    textLayer: 'legacy-decoded',
    notes: ['page 1: 100 characters decoded from TCVN3 fonts .VnTime, .VnTimeH'],
  },
  {
    name: 'vntime-with-unicode-map',
    what: '.VnTime fonts whose ToUnicode map gives the right letters: already Unicode, left alone',
    textLayer: 'ok',
    notes: [],
  },
  {
    name: 'english-times',
    what: 'English in Times, with Latin-1 letters, curly quotes and dashes: left alone',
    textLayer: 'ok',
    notes: [],
  },
];

describe('PDFs in legacy 8-bit fonts', () => {
  it.each(CASES)('$name: $what', async ({ name, textLayer, notes }) => {
    const source = await readSource(bytes(name), `${name}.pdf`);
    expect(source.textLayer).toBe(textLayer);
    expect(source.notes).toEqual(notes.map((message) => ({ code: 'extract/legacy-decoded', message })));
    expect(await extractPlanText(bytes(name), { path: `${name}.pdf` })).toBe(truth(name));
  });

  it('pdf.js alone reads them wrong: the raw codes are what decodes them', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const strings = async (name: string) => {
      const doc = await pdfjs.getDocument({ data: bytes(name), verbosity: 0, isEvalSupported: false }).promise;
      const content = await (await doc.getPage(1)).getTextContent();
      await doc.destroy();
      return content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    };
    // TCVN3 ư (0xAD): "-" with WinAnsi, dropped with a ToUnicode map to the soft hyphen
    expect(await strings('tcvn3-vntime')).toContain('ph-¬ng ch©m');
    expect(await strings('tcvn3-subset-tounicode')).toContain('ph¬ng ch©m');
    // the bytes Windows-1252 leaves undefined come out as bullets: Đ is C4 90 in UTF-8
    expect(await strings('utf8-as-cp1252')).toContain('Ä•á»™c');
  });

  it('the truth texts are the seed plan as written (the fixtures were not made with the decoders)', () => {
    const plan = normalizeSource(readText(readFileSync('fixtures/plans/000-sct-dan-van-2022.txt'), 'text')).paragraphs.map((p) => p.text);
    for (const name of ['tcvn3-vntime', 'vni-times', 'windows-1258', 'utf8-as-cp1252', 'mixed-unicode-and-tcvn3']) {
      const lines = truth(name).split('\n');
      expect(plan).toContain(lines.find((l) => l.startsWith('1. Tiếp tục')));
      expect(plan).toContain(lines.find((l) => l.startsWith('2. Tập trung')));
    }
  });

  it('the JSON says how the text was obtained, and warns', async () => {
    const plan = await parsePlanBytes(bytes('tcvn3-vntime'), { path: 'tcvn3-vntime.pdf' });
    expect(plan.source.textLayer).toBe('legacy-decoded');
    expect(plan.warnings).toContainEqual({ code: 'extract/legacy-decoded', message: CASES[0]!.notes[0], span: null });
  });

  it('the committed fixtures are what the generator writes', () => {
    const result = spawnSync(process.execPath, ['scripts/make-legacy-font-pdfs.js', '--check'], { encoding: 'utf8' });
    expect(result.stdout).toBe('fixtures/pdf-legacy is up to date\n');
    expect(result.status).toBe(0);
  });

  it('kh-parse text prints the decoded text (the real CLI)', () => {
    const result = spawnSync(process.execPath, [path.resolve('bin/kh-parse.js'), 'text', 'fixtures/pdf-legacy/tcvn3-vntime.pdf'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${truth('tcvn3-vntime')}\n`);
  });
});
