import { Tag, Tooltip, type TableColumnsType } from 'antd';
import { starTierLabels } from '../../../../shared/stars/scheme';
import { starCellStateLabels, type StarCellState } from '../../../../shared/stars/states';
import type { BoardRow, StarBoard } from '../../../../shared/stars/views';
import { disqualifiedLook, shortStarName, stateLooks } from '../common/star-symbols';

/** The 公示榜 columns: who, then one symbol per star, then the count and the title. */
export function boardColumns(board: StarBoard): TableColumnsType<BoardRow> {
  const yearBoard = board.period === null;
  return [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _r, i) => i + 1 },
    { title: board.kind === 'org' ? '党组织' : '姓名', dataIndex: 'name', width: board.kind === 'org' ? 150 : 84, ellipsis: true },
    { title: board.kind === 'org' ? '上级单位' : '单位', dataIndex: 'unitName', width: 140, ellipsis: true },
    ...board.items.map((item, col) => ({
      title: (
        <Tooltip title={`${item.name}（${starTierLabels[item.tier]}）`}>
          <span className={`board-star-head tier-${item.tier}`}>{shortStarName(item.name)}</span>
        </Tooltip>
      ),
      key: item.code,
      width: 56,
      align: 'center' as const,
      render: (_v: unknown, r: BoardRow) => {
        if (r.disqualified) return <span style={{ color: disqualifiedLook.color }}>{disqualifiedLook.symbol}</span>;
        const state = (r.states[col] ?? 'none') as StarCellState;
        const look = stateLooks[state];
        const periods = yearBoard ? (r.heldPeriods?.[col] ?? 0) : null;
        const label = `${item.name}：${starCellStateLabels[state]}${periods != null ? `（全年持有 ${periods} 期）` : ''}`;
        return (
          <span className="board-cell" data-state={state} title={label} aria-label={label} style={{ color: look.color }}>
            {look.symbol}
          </span>
        );
      },
    })),
    { title: '获星', dataIndex: 'held', width: 52, align: 'center', render: (held: number, r) => (r.disqualified ? '—' : held) },
    {
      title: '备注',
      key: 'title',
      width: 128,
      render: (_v, r) =>
        r.disqualified ? <Tag color="default">不得参评·{r.disqualified}</Tag> : r.tenStar ? <Tag color="red">{board.kind === 'org' ? '十星级党组织' : '十星级党员'}</Tag> : null,
    },
  ];
}
