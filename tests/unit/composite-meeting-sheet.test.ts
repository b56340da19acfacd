import { describe, expect, it } from 'vitest';
import { annualRulesPreset, compositeTableColumns, componentLabels, type CompositeRow } from '../../shared/annual';
import { meetingSheetColumns } from '../../renderer/pages/annual/composite-print/composite-sheet';

/**
 * The 综合评定表 for the committee meeting (DOMAIN §9.6) takes the .xlsx's columns (one definition,
 * shared/annual/composite-table.ts), drops 考核分组, leaves 确定等次 empty whatever is on record, and
 * shows the gates and red lines that hit in their own column.
 */

const row: CompositeRow = {
  personId: 7, name: '张三', unitName: '办公室', post: '科员', groupId: 1, vocabulary: 'civil',
  components: { quarters: { raw: 4, score: 92.5, part: 37, missing: null }, evaluation: { raw: null, score: null, part: null, missing: '未参加述职测评' } },
  composite: 88.456, missing: ['述职测评：未参加述职测评'], rank: 3,
  gates: [{ code: 'quarters', label: '全年无“好”等次季度，不得评为优秀', maxOutcome: 'competent' }],
  cap: 'competent', redLines: ['称职及以上率低于70%'], suggested: 'competent', note: '', committee: false, insufficient: false,
  confirmed: 'excellent', confirmReason: '经研究', overrideReason: '', confirmedBy: '测试员', confirmedAt: '2027-01-04T00:00:00.000Z',
};

describe('综合评定表 for the meeting', () => {
  const view = { rules: annualRulesPreset };
  const columns = meetingSheetColumns(view);
  const text = (key: string) => columns.find((c) => c.key === key)!.text(row, 0);

  it('has every column of the .xlsx but 考核分组, in the same order, with the 备注 split', () => {
    const xlsx = compositeTableColumns(view, new Map()).map((c) => c.header).filter((h) => h !== '考核分组' && h !== '备注');
    expect(columns.map((c) => c.header)).toEqual([...xlsx, '红线与限制', '备注']);
    const enabled = annualRulesPreset.components.filter((c) => c.enabled);
    const headers = columns.filter((c) => c.group === '各项得分').map((c) => c.header);
    expect(headers).toHaveLength(enabled.length);
    enabled.forEach((c, i) => expect(headers[i]).toContain(c.mode === 'weighted' ? `${componentLabels[c.key]}（${c.weight}%）` : componentLabels[c.key]));
  });

  it('leaves 确定等次 empty even when one is on record; figures as the page shows them', () => {
    expect(text('confirmed')).toBe('');
    expect(text('suggested')).toBe('称职');
    expect(text('composite')).toBe('88.46');
    expect(text('component:quarters')).toBe('92.50');
    expect(text('component:evaluation')).toBe('缺');
    expect(text('limits')).toBe('全年无“好”等次季度，不得评为优秀；称职及以上率低于70%');
    expect(text('notes')).toBe('述职测评：未参加述职测评');
  });
});
