import { describe, expect, it } from 'vitest';
import type { TargetResult } from '../../shared/evaluation/results';
import { presetConfig } from '../../shared/evaluation/presets';
import { isWellFormedTicket, ticketFromRandom } from '../../shared/evaluation/ticket-number';
import { draftToMarks, emptyDraft, levelName, marksToDraft, setLevel, setScore, unmarkedRows } from '../../renderer/pages/evaluation/ballot-draft';
import { entryNotice } from '../../renderer/pages/evaluation/entry/entry-outcome';
import { compareEntries, lineText } from '../../renderer/pages/evaluation/entry/mismatch-compare';
import { formatRate, formatScore } from '../../renderer/pages/evaluation/evaluation-labels';
import { qrSvgPath } from '../../renderer/components/qr-path';
import { redLineNotes } from '../../shared/evaluation/red-lines';
import { configProblems, freshCode, sortBands } from '../../renderer/pages/evaluation/setup/config-checks';
import { parseScannedTicket, qrPayload } from '../../renderer/components/ballot-ticket';

const civil = presetConfig('civil-servant-level')!;
const deNeng = presetConfig('de-neng-qin-ji-lian')!;

describe('a ballot being filled in', () => {
  it('sends untouched lines as 弃权 and keeps chosen levels and scores in ballot order', () => {
    let d = emptyDraft(3);
    d = setLevel(d, 0, 'excellent');
    d = setLevel(d, 2, null);
    expect(draftToMarks('B', [11, 12, 13], d)).toEqual({
      category: 'B',
      lines: [
        { targetId: 11, level: 'excellent', scores: {} },
        { targetId: 12, level: null, scores: {} },
        { targetId: 13, level: null, scores: {} },
      ],
    });
    // taking a choice back makes the line untouched again
    expect(setLevel(d, 0, undefined)[0]!.level).toBeUndefined();
    expect(unmarkedRows(civil, d)).toEqual([1, 2]);
  });

  it('drops blank scores and round-trips through stored marks', () => {
    let d = emptyDraft(2);
    d = setScore(d, 0, 'de', 90);
    d = setScore(d, 0, 'neng', null);
    const marks = draftToMarks('A', [5, 6], d);
    expect(marks.lines[0]).toEqual({ targetId: 5, level: null, scores: { de: 90 } });
    expect(unmarkedRows(deNeng, d)).toEqual([1]);
    expect(draftToMarks('A', [5, 6], marksToDraft([5, 6], marks))).toEqual(marks);
    expect(levelName(civil, 'competent')).toBe('称职');
    expect(levelName(civil, null)).toBe('弃权');
  });
});

describe('录入不一致', () => {
  it('lists the two entries line by line and marks exactly the differing lines', () => {
    const first = { category: 'B', lines: [{ targetId: 1, level: 'competent', scores: {} }, { targetId: 2, level: 'excellent', scores: {} }] };
    const second = { category: 'B', lines: [{ targetId: 1, level: 'competent', scores: {} }, { targetId: 2, level: null, scores: {} }] };
    const rows = compareEntries(civil, [1, 2], first, second);
    expect(rows.map((r) => r.differs)).toEqual([false, true]);
    expect(lineText(civil, rows[1]!.first)).toBe('优秀');
    expect(lineText(civil, rows[1]!.second)).toBe('弃权');
  });

  it('compares scores per indicator', () => {
    const a = { category: 'A', lines: [{ targetId: 1, level: null, scores: { de: 90, neng: 85 } }] };
    const b = { category: 'A', lines: [{ targetId: 1, level: null, scores: { de: 90, neng: 86 } }] };
    expect(compareEntries(deNeng, [1], a, b)[0]!.differs).toBe(true);
    expect(compareEntries(deNeng, [1], a, a)[0]!.differs).toBe(false);
    expect(lineText(deNeng, a.lines[0])).toBe('德 90、能 85');
  });
});

describe('what the clerk is told after Enter', () => {
  it('names the 票号 and the state, and the reason of an invalid ballot', () => {
    expect(entryNotice('ABCD2345', { state: 'awaiting-second', outcome: null })).toEqual({ type: 'info', text: '票号 ABCD2345 第一遍已录入，须由另一名录入员再录入一遍' });
    expect(entryNotice('ABCD2345', { state: 'mismatch', outcome: null }).type).toBe('warning');
    const invalid = entryNotice('ABCD2345', { state: 'counted', outcome: { valid: false, reasons: ['EXCESS_EXCELLENT'], messages: ['优秀等次不超过3人，本票选了4人'] } });
    expect(invalid).toEqual({ type: 'warning', text: '票号 ABCD2345 两遍录入一致，已计为无效票（优秀超额）', detail: '优秀等次不超过3人，本票选了4人' });
    expect(entryNotice('ABCD2345', { state: 'counted-single', outcome: { valid: true, reasons: [], messages: [] } }).text).toBe('票号 ABCD2345 已保存，计为有效票');
  });
});

describe('票号 typed or scanned', () => {
  const ticket = ticketFromRandom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
  it('accepts the QR payload of this event and the bare 票号, upper-cased', () => {
    expect(isWellFormedTicket(ticket)).toBe(true);
    expect(parseScannedTicket(qrPayload(12, ticket), 12)).toEqual({ ok: true, ticket });
    expect(parseScannedTicket(` ${ticket.toLowerCase()} `, 12)).toEqual({ ok: true, ticket });
  });

  it('refuses a ballot of another event and an empty field', () => {
    expect(parseScannedTicket(qrPayload(7, ticket), 12)).toEqual({ ok: false, message: `票号 ${ticket} 属于其他测评活动，不能在本测评中录入` });
    expect(parseScannedTicket('  ', 12)).toEqual({ ok: false, message: '请输入票号' });
  });

  it('draws a QR code: version 1 (21 modules) for a short payload, with its three finder patterns', () => {
    const { size, path } = qrSvgPath(qrPayload(12, ticket));
    expect(size).toBe(21);
    const dark = new Set([...path.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));
    for (const [x, y] of [[0, 0], [6, 0], [0, 6], [6, 6], [14, 0], [20, 6], [0, 14], [6, 20], [3, 3], [17, 3], [3, 17]]) expect(dark.has(`${x},${y}`), `${x},${y}`).toBe(true);
    for (const [x, y] of [[1, 1], [5, 5], [7, 7], [15, 1], [1, 15]]) expect(dark.has(`${x},${y}`), `${x},${y}`).toBe(false);
    // another payload, another code
    expect(qrSvgPath(qrPayload(13, ticket)).path).not.toBe(path);
  });
});

describe('settings checked before saving', () => {
  it('passes every preset as it comes', () => {
    for (const key of ['civil-servant-level', 'institution-level', 'de-neng-qin-ji-lian', 'level-and-score', 'satisfaction']) expect(configProblems(presetConfig(key)!), key).toEqual([]);
  });

  it('names each problem in the office words', () => {
    const broken = {
      ...civil,
      categories: [civil.categories[0]!, { ...civil.categories[1]!, code: 'a' }, { ...civil.categories[2]!, name: ' ' }],
      levels: civil.levels.map((l, i) => (i === 1 ? { ...l, key: '1' } : l)),
      quorum: { numerator: 2, denominator: 2, inclusive: true },
    };
    expect(configProblems(broken)).toEqual(['第3个评委类别没有名称', '评委类别代码“A”重复', '录入键“1”被多个等次使用', '到会要求的比例应小于1，例如 1/2、2/3']);
    expect(configProblems({ ...deNeng, indicators: [] })).toContain('评分票至少需要一个评分指标');
  });

  it('gives new codes that are not in use and sorts the bands highest first', () => {
    expect(freshCode('L', ['L1', 'L5'])).toBe('L3');
    expect(sortBands({ ...civil, bands: [{ min: 60, name: '基本称职' }, { min: 90, name: '优秀' }] }).bands.map((b) => b.min)).toEqual([90, 60]);
  });
});

describe('results on screen', () => {
  it('rounds like the export and shows a dash for nothing', () => {
    expect(formatRate(2 / 3)).toBe('66.67%');
    expect(formatRate(null)).toBe('—');
    expect(formatScore(85)).toBe('85.00');
    expect(formatScore(undefined)).toBe('—');
  });

  it('words the red-line flags with the levels of the preset, fractions and the rate behind them', () => {
    const t = {
      redLines: { lowApproval: true, highFail: true }, decidedBy: [], scoreLevel: null, suggestedLevel: null, total: { approvalRate: 0.5, failRate: 0.5 },
    } as Pick<TargetResult, 'redLines' | 'decidedBy' | 'scoreLevel' | 'suggestedLevel'> as TargetResult;
    expect(redLineNotes(civil, t)).toEqual(['优秀、称职票合计低于有效票三分之二（50.00%）', '不称职票超过有效票三分之一（50.00%）']);
    expect(redLineNotes({ ...civil, redLines: { ...civil.redLines, minApprovalRate: 0.7, maxFailRate: 1 / 4 } }, t)).toEqual([
      '优秀、称职票合计低于有效票70.00%（50.00%）', '不称职票超过有效票四分之一（50.00%）',
    ]);
    expect(redLineNotes(civil, { ...t, redLines: { lowApproval: false, highFail: false } })).toEqual([]);
  });
});
