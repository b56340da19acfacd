import { describe, expect, it } from 'vitest';
import { annualRulesPreset, type AnnualRules } from '../../shared/annual/rules';
import type { AdjustmentRecord } from '../../shared/annual/views';
import { parseLeaderPaste, parseNotesPaste, parseScoreText } from '../../renderer/pages/annual/records/record-paste';
import { adjustmentCap, adjustmentCapText, leaderWeightText, periodText, personNets, sanctionGateLines, signedPoints } from '../../renderer/pages/annual/common/record-text';

const people = [
  { personId: 1, name: '张三', unitName: '办公室' },
  { personId: 2, name: '李四', unitName: '办公室' },
  { personId: 3, name: '王伟', unitName: '办公室' },
  { personId: 4, name: '王伟', unitName: '财务科' },
];

describe('领导评价 批量粘贴', () => {
  it('reads 姓名 + 分数 lines copied from Excel, skipping the heading and blank lines', () => {
    const r = parseLeaderPaste('姓名\t分数\n张三\t92\n\n李 四\t88.5\n', people);
    expect(r.entries).toEqual([
      { personId: 1, score: 92 },
      { personId: 2, score: 88.5 },
    ]);
    expect(r.lines.every((l) => l.problem === null)).toBe(true);
  });

  it('takes typed lines and full-width digits, and a unit column tells namesakes apart', () => {
    const r = parseLeaderPaste('张三 ９５\n王伟\t财务科\t90', people);
    expect(r.entries).toEqual([
      { personId: 1, score: 95 },
      { personId: 4, score: 90 },
    ]);
  });

  it('names every line it cannot use and why', () => {
    const r = parseLeaderPaste('王伟\t90\n赵六\t80\n张三\t101\n张三\n李四\t70\n李四\t75\n王伟\t人事科\t88', people);
    expect(r.lines.map((l) => l.problem)).toEqual([
      '第1行：本年度考核对象中有2人名为“王伟”，请在姓名后加一列单位名称，或逐个录入',
      '第2行：“赵六”不是本年度考核对象',
      '第3行：“101”不是0～100之间的分数',
      '第4行：应为“姓名 分数”两列，未找到分数',
      null,
      '第6行：“李四”已在第5行出现',
      '第7行：本年度考核对象中没有该单位的“王伟”',
    ]);
    expect(r.entries).toEqual([{ personId: 2, score: 70 }]);
  });

  it('a typed cell: empty clears, a score 0～100 is kept, anything else is refused', () => {
    expect(parseScoreText(' ')).toEqual({ score: null });
    expect(parseScoreText('0')).toEqual({ score: 0 });
    expect(parseScoreText('86.5')).toEqual({ score: 86.5 });
    expect(parseScoreText('100')).toEqual({ score: 100 });
    expect(parseScoreText('100.5')).toEqual({ problem: '“100.5”不是0～100之间的分数' });
    expect(parseScoreText('-3')).toEqual({ problem: '“-3”不是0～100之间的分数' });
    expect(parseScoreText('九十')).toEqual({ problem: '“九十”不是0～100之间的分数' });
  });
});

describe('从事或分管工作 批量粘贴', () => {
  it('reads 姓名 + 从事或分管工作 (+ 备注) from Excel or typed, skipping the heading', () => {
    const r = parseNotesPaste('姓名\t从事或分管工作\t备注\n张三\t负责文秘、档案工作\t借调市委办\n李四　分管 财务和后勤', people);
    expect(r.lines.every((l) => l.problem === null)).toBe(true);
    expect(r.entries).toEqual([
      { personId: 1, duties: '负责文秘、档案工作', remark: '借调市委办' },
      { personId: 2, duties: '分管 财务和后勤' },
    ]);
  });

  it('names every line it cannot use and why', () => {
    const r = parseNotesPaste(`王伟\t负责会计\n赵六\t负责出纳\n张三\n张三\t${'长'.repeat(101)}\n李四\t负责后勤\n李四\t负责车辆`, people);
    expect(r.lines.map((l) => l.problem)).toEqual([
      '第1行：本年度考核对象中有2人名为“王伟”，请逐个填写',
      '第2行：“赵六”不是本年度考核对象',
      '第3行：应为“姓名 从事或分管工作”两列，未找到从事或分管工作',
      '第4行：从事或分管工作超过100字（现有101字）',
      null,
      '第6行：“李四”已在第5行出现',
    ]);
    expect(r.entries).toEqual([{ personId: 2, duties: '负责后勤' }]);
  });
});

const record = (personId: number, points: number): AdjustmentRecord => ({
  id: Math.random(),
  personId,
  name: `人员${personId}`,
  unitName: '办公室',
  kind: '表彰奖励',
  points,
  date: '2026-05-01',
  reason: '事由',
  evidence: '',
  enteredBy: '管理员',
  enteredAt: '2026-05-01T09:00:00',
});

describe('加减分 and 处分 wording from the rules', () => {
  it('each person’s net, and what counts after the ±5 cap', () => {
    const nets = personNets([record(1, 3), record(2, -2), record(1, 4), record(2, -4.5), record(3, 1)], 5);
    expect(nets.map((n) => [n.personId, n.plus, n.minus, n.net, n.counted, n.records])).toEqual([
      [1, 7, 0, 7, 5, 2],
      [2, 0, -6.5, -6.5, -5, 2],
      [3, 1, 0, 1, 1, 1],
    ]);
    expect(personNets([record(1, 7)], null)[0]!.counted).toBe(7);
  });

  it('the cap sentence comes from the year’s 加减分 component', () => {
    expect(adjustmentCapText(annualRulesPreset)).toBe('加减分合计按±5分封顶计入综合得分。');
    expect(adjustmentCap(annualRulesPreset)).toBe(5);
    const capped3: AnnualRules = { ...annualRulesPreset, components: annualRulesPreset.components.map((c) => (c.key === 'adjustments' ? { ...c, cap: 3 } : c)) };
    expect(adjustmentCapText(capped3)).toBe('加减分合计按±3分封顶计入综合得分。');
    const off: AnnualRules = { ...annualRulesPreset, components: annualRulesPreset.components.map((c) => (c.key === 'adjustments' ? { ...c, enabled: false } : c)) };
    expect(adjustmentCapText(off)).toContain('未将加减分计入');
    expect(adjustmentCap(off)).toBeNull();
    expect(leaderWeightText(annualRulesPreset)).toBe('领导评价为百分制（0～100分），按20%权重计入综合得分。');
  });

  it('the 处分 gates read as one line per effect, in both 等次 vocabularies', () => {
    expect(sanctionGateLines(annualRulesPreset)).toEqual([
      '受警告处分的，处分决定当年不得评为优秀',
      '受记过、记大过处分的，处分期间内最高为基本称职（基本合格）',
      '受降级、撤职、开除处分的，处分期间内定为不称职（不合格）',
    ]);
  });

  it('points and periods as a form prints them', () => {
    expect([signedPoints(2), signedPoints(-1.5), signedPoints(0), signedPoints(0.1 + 0.2)]).toEqual(['+2', '−1.5', '0', '+0.3']);
    expect(periodText(12, '2027-03-14')).toBe('12个月（至2027-03-14）');
    expect(periodText(null, null)).toBe('无期限');
  });
});
