/**
 * 「批量粘贴」 of 领导评价 scores: lines copied from Excel (姓名 … 分数, tab-separated) or typed
 * (「张三 92」), matched to the year's participants by name, a unit column telling namesakes apart.
 * Every line that cannot be used says why, naming the line. Pure, so it is unit-tested.
 */

export interface PasteParticipant {
  readonly personId: number;
  readonly name: string;
  readonly unitName: string;
}

export interface PasteLine {
  /** 1-based line of the pasted text */
  readonly line: number;
  readonly name: string;
  readonly personId: number | null;
  readonly unitName: string;
  readonly score: number | null;
  /** Chinese; null when the line is used */
  readonly problem: string | null;
}

export interface PasteResult {
  readonly lines: readonly PasteLine[];
  readonly entries: readonly { personId: number; score: number }[];
}

const fullWidth = /[０-９．]/g;
const toHalfWidth = (s: string) => s.replace(fullWidth, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
const compact = (s: string) => s.replace(/[\s\u3000]+/g, '');

function cellsOf(text: string): string[] {
  const raw = text.includes('\t') ? text.split('\t') : text.trim().split(/[,，;；\s\u3000]+/);
  return raw.map((c) => c.trim()).filter((c) => c.length > 0);
}

function scoreOf(text: string): number | null {
  const s = toHalfWidth(compact(text)).replace(/分$/, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return n >= 0 && n <= 100 ? Math.round(n * 100) / 100 : null;
}

type NameIndex = ReadonlyMap<string, readonly PasteParticipant[]>;

function nameIndex(participants: readonly PasteParticipant[]): NameIndex {
  const byName = new Map<string, PasteParticipant[]>();
  for (const p of participants) {
    const key = compact(p.name);
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  return byName;
}

/**
 * The participant a pasted name means, the cells `units` telling namesakes apart (null: the paste has no
 * unit column); else why not (「第n行：…」).
 */
function findParticipant(byName: NameIndex, name: string, units: readonly string[] | null, line: number): { person: PasteParticipant } | { problem: string } {
  let found = byName.get(name) ?? [];
  if (found.length > 1 && units && units.length > 0) {
    const written = units.map(compact);
    found = found.filter((p) => written.includes(compact(p.unitName)));
  }
  if (found.length === 0) {
    const why = (byName.get(name)?.length ?? 0) > 1 ? `本年度考核对象中没有该单位的“${name}”` : `“${name}”不是本年度考核对象`;
    return { problem: `第${line}行：${why}` };
  }
  if (found.length > 1) {
    return { problem: units ? `第${line}行：本年度考核对象中有${found.length}人名为“${name}”，请在姓名后加一列单位名称，或逐个录入` : `第${line}行：本年度考核对象中有${found.length}人名为“${name}”，请逐个填写` };
  }
  return { person: found[0]! };
}

/**
 * Who a pasted line names, or why not: no such participant, a namesake, or a person already pasted on an
 * earlier line (`seen`: person → the line that named them first).
 */
function matchLine(byName: NameIndex, seen: Map<number, number>, name: string, units: readonly string[] | null, line: number): { personId: number | null; unitName: string; problem: string | null } {
  const found = findParticipant(byName, name, units, line);
  if ('problem' in found) return { personId: null, unitName: '', problem: found.problem };
  const { personId, unitName } = found.person;
  const earlier = seen.get(personId);
  if (earlier !== undefined) return { personId, unitName, problem: `第${line}行：“${name}”已在第${earlier}行出现` };
  seen.set(personId, line);
  return { personId, unitName, problem: null };
}

export function parseLeaderPaste(text: string, participants: readonly PasteParticipant[]): PasteResult {
  const byName = nameIndex(participants);
  const lines: PasteLine[] = [];
  const seen = new Map<number, number>();
  const rawLines = text.split(/\r?\n/);
  rawLines.forEach((raw, i) => {
    const line = i + 1;
    const cells = cellsOf(raw);
    if (cells.length === 0) return;
    const name = compact(cells[0]!);
    const last = cells[cells.length - 1]!;
    const score = cells.length >= 2 ? scoreOf(last) : null;
    const base = { line, name, personId: null, unitName: '', score };
    // a heading copied along with the data
    if (score === null && lines.length === 0 && /姓名|分数|领导评价/.test(raw)) return;
    if (cells.length < 2) {
      lines.push({ ...base, problem: `第${line}行：应为“姓名 分数”两列，未找到分数` });
      return;
    }
    if (score === null) {
      lines.push({ ...base, problem: `第${line}行：“${last}”不是0～100之间的分数` });
      return;
    }
    lines.push({ ...base, ...matchLine(byName, seen, name, cells.slice(1, -1), line) });
  });
  const entries = lines.filter((l) => l.problem === null && l.personId !== null && l.score !== null).map((l) => ({ personId: l.personId!, score: l.score! }));
  return { lines, entries };
}

/** One typed 领导评价 cell: empty clears it; anything else must be a score 0～100. */
export function parseScoreText(text: string): { readonly score: number | null } | { readonly problem: string } {
  if (compact(text) === '') return { score: null };
  const score = scoreOf(text);
  return score === null ? { problem: `“${text.trim()}”不是0～100之间的分数` } : { score };
}

export interface NotesPasteLine {
  readonly line: number;
  readonly name: string;
  readonly personId: number | null;
  readonly unitName: string;
  readonly duties: string;
  /** null: the line has no 备注 column (the stored one is kept) */
  readonly remark: string | null;
  readonly problem: string | null;
}

export interface NotesPasteResult {
  readonly lines: readonly NotesPasteLine[];
  readonly entries: readonly { personId: number; duties: string; remark?: string }[];
}

/**
 * 「批量粘贴」 of 从事或分管工作 (and 备注): 姓名, 从事或分管工作 and optionally 备注 copied from Excel
 * (tab-separated), or typed as 「张三 负责文秘和档案工作」 (the name, then the rest of the line).
 * Namesakes cannot be told apart here: such a line asks to fill the person in one by one.
 */
export function parseNotesPaste(text: string, participants: readonly PasteParticipant[]): NotesPasteResult {
  const byName = nameIndex(participants);
  const lines: NotesPasteLine[] = [];
  const seen = new Map<number, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const cells = raw.includes('\t') ? raw.split('\t').map((c) => c.trim()) : [raw.trim().split(/[\s\u3000]+/)[0]!, raw.trim().replace(/^\S+[\s\u3000]*/, '')];
    const name = compact(cells[0] ?? '');
    const duties = (cells[1] ?? '').replace(/[\s\u3000]+/g, ' ').trim();
    const remark = cells.length >= 3 ? cells.slice(2).join(' ').replace(/[\s\u3000]+/g, ' ').trim() : null;
    const base = { line, name, personId: null, unitName: '', duties, remark };
    if (lines.length === 0 && /姓名/.test(raw) && /从事|分管|工作/.test(raw)) return;
    if (!name) {
      lines.push({ ...base, problem: `第${line}行：没有姓名` });
      return;
    }
    if (!duties && !remark) {
      lines.push({ ...base, problem: `第${line}行：应为“姓名 从事或分管工作”两列，未找到从事或分管工作` });
      return;
    }
    if (duties.length > 100) {
      lines.push({ ...base, problem: `第${line}行：从事或分管工作超过100字（现有${duties.length}字）` });
      return;
    }
    if (remark && remark.length > 200) {
      lines.push({ ...base, problem: `第${line}行：备注超过200字（现有${remark.length}字）` });
      return;
    }
    lines.push({ ...base, ...matchLine(byName, seen, name, null, line) });
  });
  const entries = lines
    .filter((l) => l.problem === null && l.personId !== null)
    .map((l) => (l.remark === null ? { personId: l.personId!, duties: l.duties } : { personId: l.personId!, duties: l.duties, remark: l.remark }));
  return { lines, entries };
}
