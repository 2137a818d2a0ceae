/**
 * The document itself is never one of its references: an appendix headed "(Kèm theo Quyết định
 * số: 1050 /QĐ-SCT …)" in Quyết định 1050/QĐ-SCT, or "Kế hoạch số 45" in Kế hoạch 45/KH-SCT,
 * names the document it is in. ("Kế hoạch này" has no number and is never a citation anyway.)
 */
import { SYMBOL_AT, parseSymbol } from './symbol.js';
import type { Citation, SelfInfo } from './types.js';

/** The canonical citation of the document itself, from its header number and symbol, or null. */
export function selfCanonical(self: SelfInfo | null): string | null {
  if (!self?.number || !self.symbol) return null;
  for (const written of [`${self.number}/${self.symbol}`, `${self.number}-${self.symbol}`]) {
    const m = SYMBOL_AT.exec(written);
    const symbol = m && m[0] === written ? parseSymbol(m) : null;
    if (symbol) return symbol.canonical;
  }
  return null;
}

/**
 * True when a full citation names the document itself (its canonical is `canonical`, from
 * `selfCanonical`). Short forms are checked when they are resolved: one that fits no other
 * document and has the document's own type and number is the document itself.
 */
export function citesSelf(c: Citation, canonical: string | null): boolean {
  return c.kind === 'full' && canonical !== null && c.symbol?.canonical === canonical;
}
