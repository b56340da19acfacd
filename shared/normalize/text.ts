/**
 * Cleaning of text cells as offices type them: full-width spaces (U+3000), non-breaking spaces
 * copied from web pages and Word, zero-width characters, line breaks inside a cell (Alt+Enter),
 * and spaces typed to line up two-character names (张  三).
 */

/** CJK ideographs, CJK punctuation and full-width forms: text that is written without spaces. */
const cjk = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
const hasCjk = (s: string) => cjk.test(s);

const spaceLike = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const lineBreak = /\s*(?:\r\n|[\r\n\u2028\u2029\u0085])\s*/g;

/**
 * The cleaning every text cell gets: odd spaces become plain spaces, invisible characters go,
 * a line break inside a cell joins its lines (without a space between CJK text, with one
 * otherwise), runs of spaces collapse to one, and the ends are trimmed.
 */
/** Anything `cleanCell` would change; most cells have none of it and are returned as they are. */
// eslint-disable-next-line no-control-regex -- tabs and line breaks are exactly what is looked for
const needsCleaning = /[\u0000-\u001f\u0085\u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]|^ | $| {2}/;

export function cleanCell(raw: string): string {
  if (!needsCleaning.test(raw)) return raw;
  let s = raw.replace(invisible, '').replace(spaceLike, ' ');
  if (/[\r\n\u2028\u2029\u0085]/.test(s)) {
    s = s.replace(lineBreak, (_m, offset: number, whole: string) => {
      const before = whole.slice(0, offset).trimEnd().slice(-1);
      const after = whole.slice(offset + _m.length).trimStart().slice(0, 1);
      return before && after && (hasCjk(before) || hasCjk(after)) ? '' : ' ';
    });
  }
  return s.replace(/ {2,}/g, ' ').trim();
}

/** Middle dots used in transliterated names (阿依古丽·买买提), typed with whatever key was near. */
const middleDots = /\s*[\u00b7\u2022\u2027\u2219\u30fb\uff65\u22c5]\s*/g;

/**
 * A person's name: a Chinese name loses every space (张 三 -> 张三) and gets one kind of middle
 * dot; a name in Latin letters keeps single spaces between its words.
 */
export function cleanName(raw: string): string {
  const s = cleanCell(raw);
  if (!hasCjk(s) || !/[ \u00b7\u2022\u2027\u2219\u30fb\uff65\u22c5]/.test(s)) return s;
  return s.replace(/ /g, '').replace(middleDots, '·');
}

/** Full-width ASCII (０-９, Ａ-Ｚ, ａ-ｚ, punctuation) to half-width, and U+3000 to a space. */
const fullWidth = /[\uff01-\uff5e\u3000]/;

export function toHalfWidth(raw: string): string {
  if (!fullWidth.test(raw)) return raw;
  return raw.replace(/[\uff01-\uff5e\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/**
 * A code typed by hand (身份证号, 人员编号): half-width, no spaces at all, without the leading
 * apostrophe some systems add to keep Excel from turning it into a number.
 */
export function cleanCode(raw: string): string {
  return toHalfWidth(cleanCell(raw)).replace(/\s+/g, '').replace(/^['‘’`]+/, '');
}

/**
 * Characters no XML file may hold (XML 1.0 §2.2): C0 controls other than tab, LF and CR, lone
 * surrogate halves, and the noncharacters U+FFFE/U+FFFF (with the rest of the noncharacters,
 * U+FDD0–U+FDEF and the last two of every plane, which no one types either). An .xlsx is XML, so one
 * such character in a name makes the whole export unreadable by Excel and exceljs.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const xmlIllegal = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;

/** `text` without the characters no XML file may hold; the same string when it has none. */
export function stripXmlIllegal(text: string): string {
  xmlIllegal.lastIndex = 0;
  return xmlIllegal.test(text) ? text.replace(xmlIllegal, '') : text;
}

/**
 * Every string inside a value (objects and arrays walked; bytes, numbers and dates left alone)
 * through `stripXmlIllegal`. Applied to every call's input at the one door all calls pass
 * (electron/dispatch.ts) and to every cell an import reads, so no text input can store them.
 */
export function stripXmlIllegalDeep<T>(value: T): T {
  if (typeof value === 'string') return stripXmlIllegal(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v: unknown) => {
      const cleaned = stripXmlIllegalDeep(v);
      if (cleaned !== v) changed = true;
      return cleaned;
    });
    return (changed ? out : value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const cleaned = stripXmlIllegalDeep(v);
      const key = stripXmlIllegal(k);
      if (cleaned !== v || key !== k) changed = true;
      out[key] = cleaned;
    }
    return (changed ? out : value) as T;
  }
  return value;
}
