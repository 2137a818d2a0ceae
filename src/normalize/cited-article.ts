/**
 * A line that starts with the article a citation points into: "Điều 17 Thông tư số 23/2024/TT-BCT …",
 * "Điều 38 Luật Quản lý, sử dụng vũ khí …", "Điều 5 của Nghị định số 181/2024/NĐ-CP" — a citation cut by
 * a line break before "Điều", not an article heading ("Điều 3. …", "Điều 3 Quyết định này có hiệu lực …").
 * Read by the paragraph builder (no new block starts there) and the structure stage (no section).
 */
import { LETTERS, NUMERALS } from './letter-classes.js';

/**
 * "Điều N" with no period or colon, then (after "của") a law by name or a normative document by
 * number: the kinds of documents that have articles.
 */
const CITED_ARTICLE = new RegExp(
  String.raw`^(?:Điều|ĐIỀU|điều)\s+\d{1,3}\s+(?:của\s+)?(?:(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Hiến\s+pháp)\s+\p{Lu}|(?:Nghị\s+định|Thông\s+tư(?:\s+liên\s+tịch)?|Nghị\s+quyết|Quyết\s+định|Quy\s+định|Quy\s+chế|Điều\s+lệ)\s+(?:số(?![${LETTERS}${NUMERALS}])|\d))`,
  'u',
);

export function startsWithCitedArticle(text: string): boolean {
  return CITED_ARTICLE.test(text);
}
