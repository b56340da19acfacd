import { Button, DatePicker, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { momentText } from '../../../../shared/date-text';
import dayjs from 'dayjs';
import { useState } from 'react';
import { itemMethodLabels, type AssessmentItem, type ItemCategory } from '../../../../shared/annual/views';
import { itemSourceLabels, sourceMappingText, type AutoSource } from '../../../../shared/annual';
import type { CellProblem, ScoreRow } from './ScoreGrid';
import { itemRuleText, signedPointsText } from './item-values';

export interface CellSave {
  readonly value: number | null;
  readonly date: string | null;
  readonly evidence: string;
}

const valueLabel: Record<AssessmentItem['method'], string> = { score: '得分', bonus: '加分次数', deduct: '扣分次数', done: '完成情况' };

/**
 * The focused cell in full: its item's rule, the entry's 日期 and 佐证说明, who entered it and when.
 * Keyed by the cell (and its saved content), so it starts from the saved entry each time.
 */
export function ScoreGridCellPanel(props: {
  row: ScoreRow | undefined;
  item: AssessmentItem | undefined;
  category: ItemCategory | undefined;
  problem: CellProblem | undefined;
  locked: boolean;
  onSave: (change: CellSave) => Promise<boolean>;
}) {
  const { row, item, category, problem, locked, onSave } = props;
  const cell = row && item ? row.cells[String(item.id)] : undefined;
  const [value, setValue] = useState<number | null>(cell?.value ?? null);
  const [date, setDate] = useState<string | null>(cell?.date ?? null);
  const [evidence, setEvidence] = useState(cell?.evidence ?? '');
  const [busy, setBusy] = useState(false);
  if (!row || !item) return <div className="score-cell-panel muted">选中一个单元格后，可在此填写日期和佐证说明。</div>;
  if (item.source !== 'none') return <ComputedCellPanel row={row} item={item} category={category} />;

  const changed = value !== (cell?.value ?? null) || date !== (cell?.date ?? null) || evidence.trim() !== (cell?.evidence ?? '');
  const submit = async (change: CellSave) => {
    setBusy(true);
    try {
      await onSave(change);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="score-cell-panel" data-testid="score-cell-panel">
      <div className="scp-head">
        <Typography.Text strong>{`${row.name}${row.unitName && row.unitName !== row.name ? `（${row.unitName}）` : ''}`}</Typography.Text>
        <Typography.Text>{`${category ? `${category.name} · ` : ''}${item.name}`}</Typography.Text>
        <Typography.Text type="secondary">{`${itemMethodLabels[item.method]}，${itemRuleText(item)}`}</Typography.Text>
        {cell ? (
          <Typography.Text type="secondary" className="scp-meta" data-testid="score-entered">
            {`计分 ${signedPointsText(cell.points)} · 录入：${cell.enteredBy} ${momentText(cell.enteredAt)}`}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary" className="scp-meta">尚未录入</Typography.Text>
        )}
      </div>
      {problem && <Typography.Text type="danger" className="scp-problem">{`“${problem.draft}”未保存：${problem.message}`}</Typography.Text>}
      <Space wrap size={[12, 6]} className="scp-fields">
        <Space size={4}>
          <span className="scp-label">{valueLabel[item.method]}</span>
          {item.method === 'done' ? (
            <Radio.Group aria-label="完成情况" size="small" value={value} onChange={(e) => setValue(e.target.value as number)} disabled={locked}>
              <Radio.Button value={1}>完成</Radio.Button>
              <Radio.Button value={0}>未完成</Radio.Button>
            </Radio.Group>
          ) : (
            <InputNumber aria-label={valueLabel[item.method]} size="small" min={0} value={value} onChange={(v) => setValue(v ?? null)} disabled={locked} style={{ width: 90 }} />
          )}
        </Space>
        <Space size={4}>
          <span className="scp-label">日期</span>
          <DatePicker aria-label="评分日期" size="small" value={date ? dayjs(date) : null} onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : null)} format="YYYY-MM-DD" disabled={locked} style={{ width: 130 }} />
        </Space>
        <Space size={4} className="scp-evidence">
          <span className="scp-label">佐证说明</span>
          <Input aria-label="佐证说明" size="small" value={evidence} onChange={(e) => setEvidence(e.target.value)} maxLength={500} placeholder="文件、通报、会议纪要等" disabled={locked} style={{ width: 260 }} />
        </Space>
        {!locked && (
          <Space size={6}>
            <Button size="small" type="primary" disabled={!changed || value == null} loading={busy} onClick={() => void submit({ value, date, evidence: evidence.trim() })}>
              保存
            </Button>
            <Button size="small" danger disabled={!cell} onClick={() => void submit({ value: null, date: null, evidence: '' })}>
              清除
            </Button>
          </Space>
        )}
      </Space>
    </div>
  );
}

/** A 自动取数 cell (DOMAIN §8.7): the value is computed, so the panel says from what and offers no input. */
function ComputedCellPanel(props: { row: ScoreRow; item: AssessmentItem; category: ItemCategory | undefined }) {
  const { row, item, category } = props;
  const computed = row.computed?.[String(item.id)];
  return (
    <div className="score-cell-panel" data-testid="score-cell-panel">
      <div className="scp-head">
        <Typography.Text strong>{`${row.name}${row.unitName && row.unitName !== row.name ? `（${row.unitName}）` : ''}`}</Typography.Text>
        <Typography.Text>{`${category ? `${category.name} · ` : ''}${item.name}`}</Typography.Text>
        <Typography.Text type="secondary">{`自动取数：${itemSourceLabels[item.source]}，${sourceMappingText(item.source as AutoSource, item)}`}</Typography.Text>
        <Typography.Text type={computed?.missing ? 'danger' : undefined} data-testid="score-computed">
          {computed == null ? '无数据' : computed.points === null ? `缺：${computed.basis}` : `${computed.basis}，计分 ${signedPointsText(computed.points)}`}
        </Typography.Text>
        <Typography.Text type="secondary">得分由系统按取数规则计算，不能录入；取数明细可在「综合评定」中点击考核项目得分查看。</Typography.Text>
      </div>
    </div>
  );
}
