import { Drawer, Table, Tag, Typography } from 'antd';
import { itemSourceLabels, pointsText } from '../../../../shared/annual';
import type { CompositeItemEntry, CompositeRow, CompositeView, ItemBasisFigure, ItemBasisLine } from '../../../../shared/annual/views';
import { formatScore } from '../../../../shared/numbers';

/**
 * 考核项目得分明细 of one person on 综合评定 (DOMAIN §8.7): every item that counts for them, typed or
 * 自动取数, and for each 自动取数 item the figure behind it — which source, the numerator and
 * denominator, the list it is counted from (task nodes, weeks, 评议, duties). It reads the view only,
 * so a locked year shows what it showed when it was locked.
 */

const sourceText = (e: CompositeItemEntry, figure: ItemBasisFigure | undefined, unitName: string) => {
  const whose = e.fromUnit ? `单位（${figure?.targetName ?? unitName}）` : '个人';
  return e.source === 'none' ? `${whose}录入` : `${whose}自动取数`;
};

function EntryPoints({ entry, figure }: { entry: CompositeItemEntry; figure: ItemBasisFigure | undefined }) {
  if (entry.points !== null) return <span>{pointsText(entry.points)}</span>;
  if (entry.source === 'none') return <span className="cp-muted">未录入</span>;
  return <span className="cp-missing" title={figure?.missing ?? undefined}>缺</span>;
}

function FigureSection({ entry, figure }: { entry: CompositeItemEntry; figure: ItemBasisFigure }) {
  return (
    <section className="ib-figure" data-testid="item-basis" aria-label={`${entry.name}取数明细`}>
      <Typography.Title level={5} className="ib-figure-title">
        {`${entry.name}：${itemSourceLabels[figure.source]}（${figure.targetName}）`}
      </Typography.Title>
      <div className="ib-figure-sum">
        {figure.missing !== null ? (
          <Typography.Text type="danger">{`缺：${figure.missing}`}</Typography.Text>
        ) : (
          <Typography.Text>{`${figure.figureText}，得${pointsText(figure.points ?? 0)}分（满分${pointsText(entry.maxPoints)}分）`}</Typography.Text>
        )}
        <Typography.Text type="secondary">{`${figure.asOf}；${entry.rule}`}</Typography.Text>
      </div>
      {figure.lines.length > 0 && (
        <Table<ItemBasisLine & { no: number }>
          size="small"
          bordered
          pagination={false}
          rowKey="no"
          dataSource={figure.lines.map((l, i) => ({ ...l, no: i + 1 }))}
          rowClassName={(l) => (l.counted ? 'ib-counted' : '')}
          columns={[
            { title: '序号', dataIndex: 'no', width: 48, align: 'center' },
            { title: figure.source === 'tasks' ? '任务 · 节点' : figure.source === 'weekly' ? '周次' : figure.source === 'review' ? '评议' : '个人任务', dataIndex: 'label' },
            {
              title: '情况',
              dataIndex: 'state',
              width: 110,
              render: (state: string, l) => <Tag color={l.counted ? 'green' : /滞后|未|逾期/.test(state) ? 'orange' : 'default'}>{state}</Tag>,
            },
            { title: '说明', dataIndex: 'detail', width: 220 },
          ]}
        />
      )}
    </section>
  );
}

export function ItemBreakdownDrawer(props: { view: CompositeView; row: CompositeRow | null; onClose: () => void }) {
  const { view, row, onClose } = props;
  const figures = new Map((view.itemFigures ?? []).map((f) => [f.key, f]));
  const entries = row?.items ?? [];
  const component = row?.components.items;
  const full = view.fullMarks.items;
  return (
    <Drawer title={row ? `${row.name}（${row.unitName}）考核项目得分明细` : ''} open={row !== null} onClose={onClose} size={760} destroyOnHidden>
      {row && (
        <div className="ib-body">
          <Typography.Paragraph className="ib-total">
            {component?.missing
              ? <Typography.Text type="danger">{`考核项目：缺（${component.missing}）`}</Typography.Text>
              : `考核项目合计 ${pointsText(component?.raw ?? 0)} 分${full === undefined ? '' : `（满分 ${pointsText(full)} 分）`}${component?.part == null ? '' : `，计入综合得分 ${formatScore(component.part)} 分`}`}
          </Typography.Paragraph>
          <Table<CompositeItemEntry>
            size="small"
            bordered
            pagination={false}
            rowKey="itemId"
            dataSource={entries}
            columns={[
              { title: '考核项目', dataIndex: 'name' },
              { title: '来源', key: 'source', width: 170, render: (_v, e) => sourceText(e, e.figureKey ? figures.get(e.figureKey) : undefined, row.unitName) },
              { title: '得分', key: 'points', width: 64, align: 'right', render: (_v, e) => <EntryPoints entry={e} figure={e.figureKey ? figures.get(e.figureKey) : undefined} /> },
              { title: '满分', dataIndex: 'maxPoints', width: 56, align: 'right', render: (v: number) => pointsText(v) },
              { title: '计分依据', dataIndex: 'rule' },
            ]}
          />
          {entries.map((e) => {
            const figure = e.figureKey ? figures.get(e.figureKey) : undefined;
            return figure ? <FigureSection key={e.itemId} entry={e} figure={figure} /> : null;
          })}
        </div>
      )}
    </Drawer>
  );
}
