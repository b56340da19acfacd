/**
 * 拼音首字母 of a name, for search boxes: 周立新 → 'zlx', 曾晓红 → 'zxh'. A clerk who types 'zlx' finds
 * 周立新 in every people picker and at the kiosk's 另推荐.
 *
 * How: the ICU collation for Chinese sorts Han characters by pinyin, so a character's initial is
 * the last of the letters' first characters (阿 for a, 八 for b, …) that it does not sort before. That
 * needs no dictionary in the program: Node (the main process, Electron's too) ships the full ICU. A
 * character read differently as a surname (曾 zēng, 单 shàn, 解 xiè …) takes its surname reading
 * in first place. Letters and digits are kept (lower case); anything else is left out.
 */

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** The first character of each initial in pinyin order (no i, u, v in pinyin). */
const boundaries: readonly (readonly [string, string])[] = [
  ['a', '阿'], ['b', '八'], ['c', '嚓'], ['d', '哒'], ['e', '妸'], ['f', '发'], ['g', '旮'], ['h', '哈'], ['j', '讥'], ['k', '咔'],
  ['l', '垃'], ['m', '妈'], ['n', '拏'], ['o', '噢'], ['p', '妑'], ['q', '七'], ['r', '呥'], ['s', '仨'], ['t', '他'], ['w', '屲'],
  ['x', '夕'], ['y', '丫'], ['z', '帀'],
];

/** Surnames whose usual reading differs from the character's most common one. */
const surnameInitials: Readonly<Record<string, string>> = {
  曾: 'z', 单: 's', 解: 'x', 仇: 'q', 区: 'o', 查: 'z', 覃: 'q', 尉: 'y', 乐: 'y', 朴: 'p', 缪: 'm', 翟: 'z', 盖: 'g', 种: 'c', 召: 's', 员: 'y', 秘: 'b', 万: 'w', 长: 'c',
};

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);
/** character -> what it contributes (a letter, a digit, or ''): names share their characters, so this stays small */
const cache = new Map<string, string>();

/** What one character gives: a Han character its initial ('' when it sorts before 阿), a letter or digit itself in lower case. */
function initialOf(ch: string): string {
  let letter = cache.get(ch);
  if (letter !== undefined) return letter;
  letter = isHan(ch) ? hanInitial(ch) : /[0-9a-z]/i.test(ch) ? ch.toLowerCase() : '';
  cache.set(ch, letter);
  return letter;
}

function hanInitial(ch: string): string {
  let letter = '';
  let lo = 0;
  let hi = boundaries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (collator.compare(ch, boundaries[mid]![1]) >= 0) {
      letter = boundaries[mid]![0];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return letter;
}

export function pinyinInitials(name: string): string {
  let out = '';
  let first = true;
  for (const ch of name) {
    out += (first ? surnameInitials[ch] : undefined) ?? initialOf(ch);
    first = false;
  }
  return out;
}
