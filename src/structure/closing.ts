/**
 * The closing of a document: recipients (`Nơi nhận:` and its `- …;` lines) and the signature
 * block (authority prefix TM./KT./TL./TUQ./Q. or Party T/M, K/T; titles in capitals; the
 * signer's name). In a PDF the two sit side by side, so their lines may come in either order, or
 * interleaved when the two columns are read line by line: once `Nơi nhận` is read, a bulleted line
 * is a recipient wherever it comes (a signature has no bullets). In a scan OCR may read a bullet as
 * `~` or lose it: a line of the list that ends with `;` is a recipient of its own.
 */
import { isAllCaps } from './letter-case.js';
import { MARKS } from '../normalize/letter-classes.js';

export interface ClosingLine {
  text: string;
}

export type ClosingRole = 'recipients' | 'signature' | 'unplaced';

export interface ClosingResult {
  recipients: string[];
  signature: { authority: string | null; titles: string[]; name: string | null } | null;
  /** role of each closing paragraph */
  roles: ClosingRole[];
  /** index of the first signature paragraph, or -1 */
  signatureIndex: number;
}

export const RECIPIENTS_HEAD = /^Nơi\s+nhận\s*:?\s*/u;
export const AUTHORITY = /^(TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.|Q\.)\s*(?=\p{Lu})/u;
const STAMP = /^\(?\s*(?:đã ký|Đã ký|đã ký và đóng dấu|Ký|ký)\s*[)\].]?$/u;
/** a recipient's bullet (`~`: OCR's reading of a dash) */
const BULLET = /^[-–—•+~]\s*/u;
const NAME_WORD = new RegExp(String.raw`^\p{Lu}[\p{Ll}${MARKS}]*$`, 'u');

/** A signer's name: 2–6 capitalised words, nothing else ("Trương Thị Mỹ Dung"). */
export function isPersonName(text: string): boolean {
  const words = text.replace(/^(?:Ông|Bà|Đồng chí)\s+/u, '').split(/\s+/u);
  return words.length >= 2 && words.length <= 6 && words.every((w) => NAME_WORD.test(w));
}

/** Is this paragraph the start of a signature block? */
export function opensSignature(text: string): boolean {
  return AUTHORITY.test(text);
}

function recipientText(text: string): string {
  return text.replace(BULLET, '').replace(/[;,.]\s*$/u, '').trim();
}

export function parseClosing(paragraphs: readonly ClosingLine[]): ClosingResult {
  const recipients: string[] = [];
  const roles: ClosingRole[] = [];
  let authority: string | null = null;
  const titles: string[] = [];
  let name: string | null = null;
  let signatureIndex = -1;
  let recipientsHeadSeen = false;
  /** the previous paragraph was a recipient: a line without a bullet may continue it */
  let inRecipients = false;

  paragraphs.forEach(({ text }, i) => {
    const head = RECIPIENTS_HEAD.exec(text);
    if (head) {
      recipientsHeadSeen = true;
      inRecipients = true;
      roles.push('recipients');
      const rest = text.slice(head[0].length).trim();
      if (rest) recipients.push(recipientText(rest));
      return;
    }
    const authorityMatch = AUTHORITY.exec(text);
    if (authorityMatch && authority === null && name === null) {
      authority = authorityMatch[1]!;
      titles.push(text.slice(authorityMatch[0].length).trim());
      if (signatureIndex < 0) signatureIndex = i;
      roles.push('signature');
      inRecipients = false;
      return;
    }
    if (recipientsHeadSeen && BULLET.test(text)) {
      recipients.push(recipientText(text));
      roles.push('recipients');
      inRecipients = true;
      return;
    }
    if (isAllCaps(text) && name === null && text.length <= 80) {
      titles.push(text.trim());
      if (signatureIndex < 0) signatureIndex = i;
      roles.push('signature');
      inRecipients = false;
      return;
    }
    if (STAMP.test(text) && signatureIndex >= 0) {
      roles.push('signature');
      return;
    }
    if (isPersonName(text) && name === null && (titles.length > 0 || i === paragraphs.length - 1)) {
      name = text.trim();
      if (signatureIndex < 0) signatureIndex = i;
      roles.push('signature');
      inRecipients = false;
      return;
    }
    if (inRecipients && recipients.length > 0 && !/[;.]$/u.test(paragraphs[i - 1]?.text ?? ';')) {
      // a wrapped recipient line
      recipients[recipients.length - 1] += ` ${recipientText(text)}`;
      roles.push('recipients');
      return;
    }
    if (inRecipients && text.trimEnd().endsWith(';')) {
      // a recipient whose bullet was lost
      recipients.push(recipientText(text));
      roles.push('recipients');
      return;
    }
    roles.push('unplaced');
  });

  const signature = authority !== null || titles.length > 0 || name !== null ? { authority, titles, name } : null;
  return { recipients, signature, roles, signatureIndex };
}
