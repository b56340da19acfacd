import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { starTierLabels } from '../../../../shared/stars/scheme';
import { starCellStateLabels } from '../../../../shared/stars/states';
import { stateLooks } from '../common/star-symbols';
import type { ReviewRow } from './review-drafts';

export type ReviewColumn = TableColumnsType<ReviewRow>[number];

/** 星目: the star's name, with its criteria on hover, its tier and whether it needs evidence. */
export const starColumn: ReviewColumn = {
  title: '星目',
  key: 'star',
  width: 176,
  render: (_v, r) => (
    <span title={r.item.criteria}>
      {r.item.name}
      <Typography.Text type="secondary" className="tier-note">{starTierLabels[r.item.tier]}{r.item.evidenceRequired ? '·须佐证' : ''}</Typography.Text>
    </span>
  ),
};

/** 状态: the star's state chip, and 摘星 for a star held. */
export const stateColumn = (onRemove: (star: { code: string; name: string }) => void): ReviewColumn => ({
  title: '状态',
  key: 'state',
  width: 118,
  render: (_v, r) => {
    const look = stateLooks[r.cell.state];
    return (
      <Space size={4}>
        <span className="state-chip" style={{ color: look.color, background: look.background }} data-state={r.cell.state}>
          {look.symbol} {starCellStateLabels[r.cell.state]}
        </span>
        {r.cell.state === 'held' && (
          <Button size="small" type="link" danger onClick={() => onRemove({ code: r.item.code, name: r.item.name })}>
            摘星
          </Button>
        )}
      </Space>
    );
  },
});

/** One step's tab: its table of stars and the button that saves the step. */
export function StepTable(props: { columns: TableColumnsType<ReviewRow>; rows: readonly ReviewRow[]; empty: string; save: ReactNode }) {
  return (
    <>
      <Table<ReviewRow> size="small" rowKey={(r) => r.item.code} columns={props.columns} dataSource={[...props.rows]} pagination={false} locale={{ emptyText: props.empty }} />
      <div className="review-save">{props.save}</div>
    </>
  );
}
