/**
 * Columns of a text line laid out side by side with spaces, as `pdftotext -layout` and some
 * e-office exports write the two-column header ("Số: 1050 /QĐ-SCT          Lào Cai, ngày 06 …") and
 * the Nơi nhận | signer block: a run of five or more spaces between two texts separates two
 * columns, which are read as two lines, as the PDF reader does with a wide gap on one baseline.
 * The first piece keeps the line's indentation.
 */
const COLUMN_GAP = / {5,}(?=\S)/u;

export function columnPieces(line: string): string[] {
  // most lines have no five spaces in a row
  if (!line.includes('     ')) return [line];
  const pieces: string[] = [];
  let rest = line;
  for (;;) {
    const gap = COLUMN_GAP.exec(rest);
    // a gap in the indentation is not between two columns
    if (!gap || rest.slice(0, gap.index).trim() === '') break;
    pieces.push(rest.slice(0, gap.index));
    rest = rest.slice(gap.index + gap[0].length);
  }
  pieces.push(rest);
  return pieces;
}
