import { cleanCell, parseDateParts, toHalfWidth, type DateCell } from '../normalize';

/**
 * A task's 完成时限 / 时间节点 cell as offices write it (DOMAIN §8.1), turned into dated 节点:
 * - a date in any of the roster's forms (2026-03-31, 2026.3.31, 2026年3月31日, 2026/3/31, a date cell,
 *   an Excel serial); a month without a day (2026.6, 2026年6月) means the end of that month;
 * - several nodes in one cell, separated by 「；」「;」 or line breaks, each with its words:
 *   「3月底前完成方案；6月底前完成建设」 → 完成方案 by 03-31, 完成建设 by 06-30 (the list's year);
 * - 月底/月末, X月上旬/中旬/下旬 (10th, 20th, last day), X月X日, 上半年, 下半年, 年底/年内/全年,
 *   第一季度…第四季度 (the quarter's last day), months in Chinese numerals (三月底);
 * - 长期/持续/常态化 (no deadline): no node, not an error.
 */

export interface ParsedNode {
  readonly name: string;
  readonly dueOn: string;
}

export interface NodeTextResult {
  readonly nodes: ParsedNode[];
  /** Chinese, one per segment that has no date */
  readonly problems: string[];
  /** written as ongoing work without a deadline */
  readonly ongoing: boolean;
}

/** The node's words when the cell held only a date. */
export const defaultNodeName = '完成';

const pad2 = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, d: number) => `${year}-${pad2(month)}-${pad2(d)}`;
const validDay = (year: number, month: number, d: number) => month >= 1 && month <= 12 && d >= 1 && d <= lastDay(year, month);

const chineseNumbers: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const monthNumber = (text: string): number => (/^\d+$/.test(text) ? Number(text) : (chineseNumbers[text] ?? 0));

const ongoingWords = /^(长期|持续|常态|常年|经常|日常|全程|随时)/;
const before = '(?:之前|以前|前)?';
const monthText = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';

interface Found {
  readonly dueOn: string | null;
  readonly problem?: string;
  readonly index: number;
  readonly length: number;
}

type DatePattern = readonly [RegExp, (m: RegExpExecArray, year: number) => string | null];

/** The date phrases, compiled once; the year is the list's where a phrase writes none. */
const datePatterns: readonly DatePattern[] = [
  [new RegExp(`(\\d{4})[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})[日号]?${before}`), (m) => full(Number(m[1]), Number(m[2]), Number(m[3]))],
  [new RegExp(`(\\d{4})年${monthText}月(底|末|份|上旬|中旬|下旬)?${before}`), (m) => ofMonth(Number(m[1]), monthNumber(m[2]!), m[3])],
  [new RegExp(`(\\d{4})[.\\-/](\\d{1,2})(?![\\d.\\-/])${before}`), (m) => ofMonth(Number(m[1]), Number(m[2]), undefined)],
  [new RegExp(`${monthText}月(\\d{1,2})[日号]${before}`), (m, year) => full(year, monthNumber(m[1]!), Number(m[2]))],
  [new RegExp(`${monthText}月(底|末|份|上旬|中旬|下旬)?${before}`), (m, year) => ofMonth(year, monthNumber(m[1]!), m[2])],
  [new RegExp(`(?:(\\d{4})年)?(上半年|年中)(?:底|末)?${before}`), (m, year) => day(Number(m[1] ?? year), 6, 30)],
  [new RegExp(`(?:(\\d{4})年)?(下半年|年底|年末|年内|全年|年终)${before}`), (m, year) => day(Number(m[1] ?? year), 12, 31)],
  [
    new RegExp(`(?:(\\d{4})年)?第?([一二三四1-4])季度(?:末|底)?${before}`),
    (m, year) => {
      const y = Number(m[1] ?? year);
      const q = monthNumber(m[2]!);
      return day(y, q * 3, lastDay(y, q * 3));
    },
  ],
];

/** The first date phrase of a segment. */
function findDate(s: string, year: number): Found | null {
  let best: Found | null = null;
  for (const [re, toDay] of datePatterns) {
    const m = re.exec(s);
    if (!m || (best && best.index <= m.index)) continue;
    const dueOn = toDay(m, year);
    best = dueOn ? { dueOn, index: m.index, length: m[0].length } : { dueOn: null, problem: `“${m[0]}”不是有效日期`, index: m.index, length: m[0].length };
  }
  return best;
}

function full(year: number, month: number, d: number): string | null {
  return validDay(year, month, d) ? day(year, month, d) : null;
}

function ofMonth(year: number, month: number, part: string | undefined): string | null {
  if (month < 1 || month > 12) return null;
  const d = part === '上旬' ? 10 : part === '中旬' ? 20 : lastDay(year, month);
  return day(year, month, d);
}

/** The words of a node: the segment without its date and the 「前」 after it, brackets and separators trimmed. */
function nodeName(segment: string, found: Found): string {
  const rest = (segment.slice(0, found.index) + ' ' + segment.slice(found.index + found.length))
    .replace(/[（(]\s*[)）]/g, '')
    .replace(/^[\s，,：:、。.\-—]+|[\s，,：:、。.\-—（(]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return rest || defaultNodeName;
}

/** A whole cell: a date cell or a date written alone, else the segments of its text. */
export function parseNodeText(cell: DateCell, year: number, options: { readonly date1904?: boolean } = {}): NodeTextResult {
  if (cell == null || (typeof cell === 'string' && cell.trim() === '')) return { nodes: [], problems: [], ongoing: false };
  if (typeof cell !== 'string') {
    const parts = parseDateParts(cell, options);
    if (!parts.ok) return { nodes: [], problems: [`“${String(cell)}”${parts.problem}`], ongoing: false };
    const { year: y, month, day: d } = parts.parts;
    return { nodes: [{ name: defaultNodeName, dueOn: day(y, month, d ?? lastDay(y, month)) }], problems: [], ongoing: false };
  }
  const whole = parseDateParts(cell);
  if (whole.ok) {
    const { year: y, month, day: d } = whole.parts;
    return { nodes: [{ name: defaultNodeName, dueOn: day(y, month, d ?? lastDay(y, month)) }], problems: [], ongoing: false };
  }
  const nodes: ParsedNode[] = [];
  const problems: string[] = [];
  let ongoing = false;
  const segments = cell
    .split(/[;；\n\r。]+/)
    .map((s) => toHalfWidth(cleanCell(s)).replace(/^[(（]?\d{1,2}[)）.、]\s*/, ''))
    .filter(Boolean);
  for (const segment of segments) {
    const found = findDate(segment.replace(/\s*([年月日.\-/])\s*/g, '$1'), year);
    if (found?.dueOn) nodes.push({ name: nodeName(segment.replace(/\s*([年月日.\-/])\s*/g, '$1'), found), dueOn: found.dueOn });
    else if (found?.problem) problems.push(found.problem);
    else if (ongoingWords.test(segment)) ongoing = true;
    else problems.push(`“${segment}”中没有可识别的完成时限（例如“3月底前”“2026年6月30日”）`);
  }
  return { nodes, problems, ongoing };
}

/** How a node is written back into one cell (export): 「2026年3月31日前完成方案」, read back by parseNodeText. */
export function nodeText(node: ParsedNode): string {
  const [y, m, d] = node.dueOn.split('-').map(Number);
  return `${y}年${m}月${d}日前${node.name === defaultNodeName ? '完成' : node.name}`;
}
