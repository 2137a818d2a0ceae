/**
 * The table directory of a TrueType/OpenType font program (the `sfnt` wrapper): which tables the
 * font has and where their bytes are. Every other reader in this folder starts from here.
 */

export interface SfntFont {
  /** table tag (`glyf`, `cmap`, …) → its bytes */
  readonly tables: ReadonlyMap<string, DataView>;
}

const SFNT_VERSIONS = new Set([0x00010000, 0x74727565 /* 'true' */, 0x4f54544f /* 'OTTO' */]);

/** Reads the table directory; null when the bytes are not an sfnt font (Type 1, bare CFF, damaged). */
export function readSfnt(bytes: Uint8Array): SfntFont | null {
  if (bytes.byteLength < 12) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!SFNT_VERSIONS.has(view.getUint32(0))) return null;
  const count = view.getUint16(4);
  if (12 + 16 * count > bytes.byteLength) return null;
  const tables = new Map<string, DataView>();
  for (let i = 0; i < count; i += 1) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    // a table running past the end is cut to what is there rather than dropped
    if (offset >= bytes.byteLength) continue;
    tables.set(tag, new DataView(bytes.buffer, bytes.byteOffset + offset, Math.min(length, bytes.byteLength - offset)));
  }
  return { tables };
}
