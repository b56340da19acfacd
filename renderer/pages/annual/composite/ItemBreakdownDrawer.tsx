import { Drawer, Table, Tag, Typography } from 'antd';
import { itemSourceLabels, pointsText } from '../../../../shared/annual';
import type { CompositeItemEntry, CompositeItemInfo, CompositeRow, CompositeView, ItemBasisFigure, ItemBasisLine } from '../../../../shared/annual/views';
import { formatScore } from '../../../../shared/numbers';

/**
 * The breakdown behind a person's 考核项目 or 能力作风 score on 综合评定 (DOMAIN §8.7): every item that
 * counts for them, typed or 自动取数 (or the 能力作风 figures with their weights), and for each figure
 * the source, the numerator and denominator and the list it is counted from (task nodes, weeks, 评议,
 * duties). It reads the view only, so a locked year shows what it showed when it was locked.
 */

export type BreakdownKind = 'items' | 'conduct';
export interface BreakdownTarget {
  readonly row: CompositeRow;
  readonly kind: BreakdownKind;
}

type ConductEntry = NonNullable<CompositeRow['conduct']>[number];
/** a row's entry with its item, as the table shows it */
type ItemLine = CompositeItemEntry & CompositeItemInfo;

const sourceText = (e: ItemLine, figure: ItemBasisFigure | undefined, unitName: string) => {
  const whose = e.fromUnit ? `单位（${figure?.targetName ?? unitName}）` : '个人';
  return e.source === 'none' ? `${whose}录入` : `${whose}自动取数`;
};

function EntryPoints({ entry, figure }: { entry: ItemLine; figure: ItemBasisFigure | undefined }) {
  if (entry.points !== null) return <span>{pointsText(entry.points)}</span>;
  if (entry.source === 'none') return <span className="cp-muted">未录入</span>;
  return <span className="cp-missing" title={figure?.missing ?? undefined}>缺</span>;
}

const figureValue = (f: ItemBasisFigure | undefined) => (f?.value == null ? null : `${pointsText(Math.round(f.value * 100) / 100)}${f.source === 'review' ? '分' : '%'}`);

/** One figure: what it is, its fraction and the list behind it. */
function FigureSection({ title, result, note, figure }: { title: string; result: string; note: string; figure: ItemBasisFigure }) {
  return (
    <section className="ib-figure" data-testid="item-basis" aria-label={`${title}取数明细`}>
      <Typography.Title level={5} className="ib-figure-title">
        {`${title}：${itemSourceLabels[figure.source]}（${figure.targetName}）`}
      </Typography.Title>
      <div className="ib-figure-sum">
        {figure.missing !== null ? <Typography.Text type="danger">{`缺：${figure.missing}`}</Typography.Text> : <Typography.Text>{result}</Typography.Text>}
        <Typography.Text type="secondary">{`${figure.asOf}；${note}`}</Typography.Text>
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

function ItemsBreakdown({ view, row, figures }: { view: CompositeView; row: CompositeRow; figures: ReadonlyMap<string, ItemBasisFigure> }) {
  const infos = new Map((view.itemInfos ?? []).map((i) => [i.itemId, i]));
  const entries = (row.items ?? []).flatMap((e): ItemLine[] => {
    const info = infos.get(e.itemId);
    return info ? [{ ...e, ...info }] : [];
  });
  const component = row.components.items;
  const full = view.fullMarks.items;
  return (
    <>
      <Typography.Paragraph className="ib-total">
        {component?.missing
          ? <Typography.Text type="danger">{`考核项目：缺（${component.missing}）`}</Typography.Text>
          : `考核项目合计 ${pointsText(component?.raw ?? 0)} 分${full === undefined ? '' : `（满分 ${pointsText(full)} 分）`}${component?.part == null ? '' : `，计入综合得分 ${formatScore(component.part)} 分`}`}
      </Typography.Paragraph>
      <Table<ItemLine>
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
          { title: '计分依据', key: 'rule', render: (_v, e) => e.typed ?? e.rule },
        ]}
      />
      {entries.map((e) => {
        const figure = e.figureKey ? figures.get(e.figureKey) : undefined;
        if (!figure) return null;
        return <FigureSection key={e.itemId} title={e.name} figure={figure} note={e.rule} result={`${figure.figureText}，得${pointsText(figure.points ?? 0)}分（满分${pointsText(e.maxPoints)}分）`} />;
      })}
    </>
  );
}

function ConductBreakdown({ row, figures }: { row: CompositeRow; figures: ReadonlyMap<string, ItemBasisFigure> }) {
  const entries = row.conduct ?? [];
  const component = row.components.conduct;
  const total = entries.reduce((s, e) => s + e.weight, 0);
  return (
    <>
      <Typography.Paragraph className="ib-total">
        {component?.missing
          ? <Typography.Text type="danger">{`能力作风：缺（${component.missing}）`}</Typography.Text>
          : `能力作风 ${formatScore(component?.raw ?? 0)} 分（百分制，各项取数按权重平均）${component?.part == null ? '' : `，计入综合得分 ${formatScore(component.part)} 分`}`}
      </Typography.Paragraph>
      <Table<ConductEntry>
        size="small"
        bordered
        pagination={false}
        rowKey="source"
        dataSource={entries}
        columns={[
          { title: '取数', key: 'source', render: (_v, e) => itemSourceLabels[e.source] },
          { title: '取数对象', key: 'target', width: 140, render: (_v, e) => figures.get(e.figureKey)?.targetName ?? '' },
          { title: '权重', dataIndex: 'weight', width: 64, align: 'right', render: (w: number) => `${pointsText(w)}%` },
          {
            title: '取数结果',
            key: 'value',
            width: 96,
            align: 'right',
            render: (_v, e) => figureValue(figures.get(e.figureKey)) ?? <span className="cp-missing">缺</span>,
          },
          {
            title: '折合',
            key: 'part',
            width: 72,
            align: 'right',
            render: (_v, e) => {
              const value = figures.get(e.figureKey)?.value;
              return value == null || total === 0 ? '' : formatScore((value * e.weight) / total);
            },
          },
        ]}
      />
      {entries.map((e) => {
        const figure = figures.get(e.figureKey);
        if (!figure) return null;
        return <FigureSection key={e.source} title={itemSourceLabels[e.source]} figure={figure} note={`权重${pointsText(e.weight)}%`} result={figure.figureText} />;
      })}
    </>
  );
}

export function ItemBreakdownDrawer(props: { view: CompositeView; target: BreakdownTarget | null; onClose: () => void }) {
  const { view, target, onClose } = props;
  const figures = new Map((view.itemFigures ?? []).map((f) => [f.key, f]));
  const row = target?.row;
  return (
    <Drawer
      title={row ? `${row.name}（${row.unitName}）${target.kind === 'items' ? '考核项目' : '能力作风'}得分明细` : ''}
      open={target !== null}
      onClose={onClose}
      size={760}
      destroyOnHidden
    >
      {row && (
        <div className="ib-body">
          {target.kind === 'items' ? <ItemsBreakdown view={view} row={row} figures={figures} /> : <ConductBreakdown row={row} figures={figures} />}
        </div>
      )}
    </Drawer>
  );
}
