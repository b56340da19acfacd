import { App, Button, Table, Tooltip, type GetRef } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { OutcomeCode } from '../../../../shared/annual/rules';
import type { AnnualGroup, CompositeRow, CompositeView } from '../../../../shared/annual/views';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useElementHeight } from '../../../hooks/use-element-height';
import { useVirtualTableScrollGuard } from '../../../hooks/use-virtual-table-scroll-guard';
import { compositeColumns } from './CompositeColumns';
import { ItemBreakdownDrawer, type BreakdownTarget } from './ItemBreakdownDrawer';
import { groupCounts, overQuota } from './composite-decisions';
import { quotaBasis } from './composite-text';
import type { RecommendationVotes } from './use-recommendation-votes';
import { useRecentOutcomes } from './use-recent-outcomes';

type Group = CompositeView['groups'][number];

/** The figures line of a group: 人数, 优秀名额, 建议优秀, 已确定优秀 (red over the quota), 未确定. */
export function CompositeGroupFigures({ group, rows, setting }: { group: Group; rows: readonly CompositeRow[]; setting: AnnualGroup | undefined }) {
  const counts = groupCounts(rows, group.id);
  const over = overQuota(group);
  return (
    <div className="cp-figures" data-testid="group-figures">
      <span>
        人数 <b>{group.size}</b>
      </span>
      <span>
        优秀名额 <b>{group.excellentQuota}</b>
        {setting && <small className="cp-muted">（{quotaBasis(group.size, setting.excellentShare, setting.rounding)}）</small>}
      </span>
      <span>
        建议优秀 <b>{group.excellentSuggested}</b>
      </span>
      <span className={over ? 'cp-red' : undefined} data-testid="excellent-confirmed">
        已确定优秀 <b>{group.excellentConfirmed}</b>
        {over && <small>（超出名额 {group.excellentConfirmed - group.excellentQuota} 人，经考核委员会决定）</small>}
      </span>
      <span className={counts.unconfirmed > 0 ? 'cp-warn' : undefined}>
        未确定 <b>{counts.unconfirmed}</b>
      </span>
    </div>
  );
}

/** One 考核分组: its figures, the clear-selected action and the (virtualized) table. */
export function CompositeGroupPanel(props: {
  view: CompositeView;
  group: Group;
  setting: AnnualGroup | undefined;
  readOnly: boolean;
  savingId: number | null;
  onChoose: (row: CompositeRow, outcome: OutcomeCode) => void;
  /** a chosen 评选表优 / 民主推荐's votes beside the composite */
  votes: RecommendationVotes | null;
  /** the 近三年等次 column */
  showRecent: boolean;
}) {
  const { view, group, setting, readOnly, savingId, onChoose, votes, showRecent } = props;
  const { modal } = App.useApp();
  const [selected, setSelected] = useState<number[]>([]);
  const [breakdown, setBreakdown] = useState<BreakdownTarget | null>(null);
  const clear = useChannelMutation('annual.clearConfirmation', { success: (r) => `已清除 ${r.cleared} 人的确定等次` });
  const rows = useMemo(() => view.rows.filter((r) => r.groupId === group.id), [view.rows, group.id]);
  const box = useRef<HTMLDivElement>(null);
  const tableRef = useRef<GetRef<typeof Table>>(null);
  const height = useElementHeight(box);
  useVirtualTableScrollGuard(box, tableRef);

  const clearPeople = (ids: readonly number[], names: string) => {
    modal.confirm({
      title: '清除确定等次',
      content: `将清除${names}的确定等次及其理由，恢复为“未确定”。确定清除吗？`,
      okText: '清除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        clear
          .mutateAsync({ year: view.year, personIds: [...ids] })
          .then(() => setSelected((s) => s.filter((id) => !ids.includes(id))))
          .catch(() => undefined),
    });
  };

  const recent = useRecentOutcomes(view.year, showRecent);
  const columns = compositeColumns({ rules: view.rules, readOnly, savingId, onChoose, onClear: (r) => clearPeople([r.personId], r.name), votes, recent, onOpenBreakdown: (row, kind) => setBreakdown({ row, kind }) });
  const chosen = selected.filter((id) => rows.some((r) => r.personId === id && r.confirmed !== null));
  const width = columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 100), readOnly ? 0 : 40);

  return (
    <div className="cp-group">
      <ItemBreakdownDrawer view={view} target={breakdown} onClose={() => setBreakdown(null)} />
      <div className="cp-group-head">
        <CompositeGroupFigures group={group} rows={view.rows} setting={setting} />
        {!readOnly && (
          <Tooltip title={chosen.length === 0 ? '在表格左侧勾选已确定等次的人员' : undefined}>
            <Button disabled={chosen.length === 0} loading={clear.isPending} onClick={() => clearPeople(chosen, `所选 ${chosen.length} 人`)}>
              清除确认{chosen.length > 0 ? `（${chosen.length}）` : ''}
            </Button>
          </Tooltip>
        )}
      </div>
      <div ref={box} className="cp-table-box">
        <Table<CompositeRow>
          ref={tableRef}
          virtual
          size="small"
          bordered
          rowKey="personId"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: width, y: Math.max(160, height - 64) }}
          rowClassName={(r) => (r.overrideReason ? 'cp-row-override' : r.confirmed === null ? 'cp-row-open' : '')}
          rowSelection={
            readOnly
              ? undefined
              : {
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(Number)),
                  getCheckboxProps: (r) => ({ disabled: r.confirmed === null, 'aria-label': `选择${r.name}` }),
                  columnWidth: 40,
                  fixed: 'left',
                }
          }
          locale={{ emptyText: '本组没有考核人员' }}
          data-testid="composite-table"
        />
      </div>
    </div>
  );
}
