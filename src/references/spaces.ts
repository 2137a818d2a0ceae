/**
 * Runs of spaces in a value cut from the text (a name, a subject, a pinpoint) written as one
 * space, as `replace(/\s+/gu, ' ')` does, without the replace when there is nothing to change.
 */

/** a space other than " ", or " " and another space: what `\s+` → " " changes */
const UNEVEN_SPACE = /[^\S ]| \s/;
const SPACES = /\s+/gu;

export function oneSpaced(text: string): string {
  return UNEVEN_SPACE.test(text) ? text.replace(SPACES, ' ') : text;
}
