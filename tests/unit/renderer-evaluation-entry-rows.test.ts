import { describe, expect, it } from 'vitest';
import { presetConfig } from '../../shared/evaluation/presets';
import { ticketFromRandom } from '../../shared/evaluation/ticket-number';
import {
  categoryComplete,
  emptyRows,
  entryMarks,
  entryProblem,
  isPristine,
  levelKeyFor,
  levelLabel,
  scoreText,
  ticketOf,
  type RowEntry,
} from '../../renderer/pages/evaluation/entry/entry-rows';

/** 纸质票录入's checks and marks (DOMAIN §2), apart from the keyboard. */

const civil = presetConfig('civil-servant-level')!;
const deNeng = presetConfig('de-neng-qin-ji-lian')!;
const ticket = ticketFromRandom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
const targets = [{ id: 100, name: '周立新' }, { id: 101, name: '黄振华' }, { id: 102, name: '何丽娟' }];
const rowsWith = (keys: string[], scores: Record<string, string>[] = []): RowEntry[] => keys.map((key, i) => ({ key, scores: scores[i] ?? {} }));

describe('the 票号', () => {
  it('is read typed or scanned, upper-cased; another event\'s, a malformed one or none is refused', () => {
    expect(ticketOf(`7-${ticket.toLowerCase()}`, 7)).toEqual({ ok: true, ticket });
    expect(ticketOf(`8-${ticket}`, 7)).toMatchObject({ ok: false, malformed: false, message: expect.stringContaining('属于其他测评活动') });
    expect(ticketOf('', 7)).toEqual({ ok: false, malformed: false, message: '请输入票号' });
    const wrong = `${ticket.slice(0, 7)}${ticket[7] === 'A' ? 'B' : 'A'}`;
    expect(ticketOf(wrong, 7)).toEqual({ ok: false, malformed: true, message: `票号“${wrong}”不正确（8位，末位为校验位），请核对纸质票` });
  });
});

describe('keys and codes', () => {
  it('a category code jumps on only when no longer code starts with it', () => {
    const config = { ...civil, categories: [...civil.categories, { ...civil.categories[0]!, code: 'A1' }] };
    expect(categoryComplete(civil, 'b')).toBe(true);
    expect(categoryComplete(config, 'A')).toBe(false);
    expect(categoryComplete(config, 'a1')).toBe(true);
    expect(categoryComplete(civil, 'X')).toBe(false);
  });

  it('a level key becomes its entry key, 0 is 弃权, any other key is named with the keys there are', () => {
    expect(levelKeyFor(civil, '4')).toEqual({ ok: true, key: '4' });
    expect(levelKeyFor(civil, '0')).toEqual({ ok: true, key: '0' });
    expect(levelKeyFor(civil, '9')).toEqual({ ok: false, message: '“9”不是等次键：1 优秀，2 称职，3 基本称职，4 不称职，0 弃权' });
    expect([levelLabel(civil, ''), levelLabel(civil, '0'), levelLabel(civil, '2')]).toEqual(['', '弃权', '称职']);
  });

  it('a score box keeps digits and a point, full-width ones made ASCII', () => {
    expect(scoreText('９５．５分')).toBe('95.5');
  });
});

describe('before sending', () => {
  it('a 票号 or category problem is told alone, with its field', () => {
    expect(entryProblem(civil, 7, targets, { ticket: '', category: 'B', rows: rowsWith(['1', '1', '1']) })).toEqual({ message: '请输入票号', field: 'ticket' });
    expect(entryProblem(civil, 7, targets, { ticket, category: 'Z', rows: rowsWith(['', '', '']) })).toEqual({ message: '请输入评委类别代码（纸质票上所划的类别）', field: 'category' });
  });

  it('every line left empty and every score that is not a number, in one message, going to the first', () => {
    const problem = entryProblem(presetConfig('level-and-score')!, 7, targets, { ticket, category: 'C', rows: rowsWith(['1', '', ''], [{}, { de: '9.9.9' }]) });
    expect(problem).toEqual({ message: '第2行（黄振华）、第3行（何丽娟）尚未录入，弃权请录 0；第2行（黄振华）的“德”不是数字', field: 'level-1' });
    expect(entryProblem(civil, 7, targets, { ticket, category: 'c', rows: rowsWith(['1', '0', '4']) })).toBeNull();
  });

  it('the marks: the category\'s code, a level per line (0 弃权), the scores typed', () => {
    expect(entryMarks(civil, targets, { ticket, category: 'b', rows: rowsWith(['1', '0', '4']) })).toEqual({
      category: 'B',
      lines: [
        { targetId: 100, level: 'excellent', scores: {} },
        { targetId: 101, level: null, scores: {} },
        { targetId: 102, level: 'incompetent', scores: {} },
      ],
    });
    const scored = entryMarks(deNeng, targets.slice(0, 1), { ticket, category: 'A', rows: rowsWith([''], [{ de: '95', neng: ' ' }]) });
    expect(scored.lines).toEqual([{ targetId: 100, level: null, scores: { de: 95 } }]);
  });

  it('a form is pristine only with nothing typed anywhere', () => {
    expect(isPristine({ ticket: '', category: '', rows: emptyRows(2) })).toBe(true);
    expect(isPristine({ ticket: '', category: '', rows: rowsWith(['', ''], [{}, { de: '' }]) })).toBe(false);
    expect(isPristine({ ticket: '', category: 'A', rows: emptyRows(2) })).toBe(false);
  });
});
