/**
 * Text that introduces what follows it ends with a colon: a heading over its items ("a) Về tuyên
 * truyền:"), a paragraph before a list ("Hồ sơ kèm theo gồm:", "Các phòng, đơn vị thuộc Sở có trách
 * nhiệm:"), maybe inside bold marks ("**Nhiệm vụ:**"). Structure and tasks both ask.
 */
const ENDS_WITH_COLON = /:\s*\**\s*$/u;

export function endsWithColon(text: string): boolean {
  return ENDS_WITH_COLON.test(text);
}
