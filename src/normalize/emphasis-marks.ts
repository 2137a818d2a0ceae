/**
 * Markdown emphasis in a line of converted .docx text (`**1. Đẩy mạnh**`, `- *Giao Văn phòng*`):
 * which characters are its marks. `**` and `__` pairs make a line bold; a single `*` at the edge
 * of a word makes it italic, but a `*` that opens the line before a space is a list marker.
 */

export type Emphasis = 'bold' | 'italic' | null;

/** The marks of one round of removal (indices in the text) and the emphasis they show. */
export function emphasisMarks(text: string): { at: Set<number>; emphasis: Emphasis } {
  let emphasis: Emphasis = null;
  const at = new Set<number>();
  // exec loops on regexes made here (matchAll builds a new RegExp for every call)
  const pairs = /\*\*|__/gu;
  for (let m = pairs.exec(text); m !== null; m = pairs.exec(text)) {
    at.add(m.index);
    at.add(m.index + 1);
    emphasis = 'bold';
  }
  const single = /(?<![*\w])\*(?=[^\s*])|(?<=[^\s*])\*(?![*\w])/gu;
  for (let m = single.exec(text); m !== null; m = single.exec(text)) {
    if (m.index === 0 && text[1] === ' ') continue; // "* item" is a list marker
    at.add(m.index);
    emphasis ??= 'italic';
  }
  return { at, emphasis };
}
