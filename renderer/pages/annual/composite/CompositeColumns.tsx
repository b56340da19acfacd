import { InfoCircleOutlined } from '@ant-design/icons';
import { Select, Tag, Tooltip, type TableColumnsType } from 'antd';
import { componentLabels, type AnnualRules, type OutcomeCode } from '../../../../shared/annual/rules';
import type { CompositeRow } from '../../../../shared/annual/views';
import { formatScore } from '../../../../shared/numbers';
import { momentText } from '../../../../shared/date-text';
import { gateTag, labelOf, outcomeOptions } from './composite-decisions';
import type { BreakdownKind } from './ItemBreakdownDrawer';
import { componentNote, enabledComponents, signedScore } from './composite-text';
import type { RecentOutcomes } from './use-recent-outcomes';
import type { RecommendationVotes } from './use-recommendation-votes';

type Figure = NonNullable<CompositeRow['components'][keyof CompositeRow['components']]>;

export interface CompositeColumnOptions {
  readonly rules: AnnualRules;
  readonly readOnly: boolean;
  /** the person whose 确定等次 is being saved */
  readonly savingId: number | null;
  readonly onChoose: (row: CompositeRow, outcome: OutcomeCode) => void;
  readonly onClear: (row: CompositeRow) => void;
  /** a chosen 评选表优 / 民主推荐's votes, shown beside the composite (null: no column) */
  readonly votes?: RecommendationVotes | null;
  /** 近三年等次 (null: no column) */
  readonly recent?: RecentOutcomes | null;
  /** opens a person's 考核项目 or 能力作风 得分明细 (DOMAIN §8.7) */
  readonly onOpenBreakdown?: (row: CompositeRow, kind: BreakdownKind) => void;
}

/** A missing component is never a zero: 「缺」 in orange, the reason in the tooltip. */
function FigureCell({ figure, signed }: { figure: Figure | undefined; signed: boolean }) {
  if (!figure || figure.missing !== null || figure.score === null) {
    return (
      <Tooltip title={figure?.missing ?? '无此项数据'}>
        <span className="cp-missing">缺</span>
      </Tooltip>
    );
  }
  const text = signed ? signedScore(figure.score) : formatScore(figure.score);
  const detail = figure.part !== null && !signed ? `计入综合得分 ${formatScore(figure.part)} 分` : undefined;
  return <span title={detail}>{text}</span>;
}

function twoLine(title: string, note: string) {
  return (
    <span className="cp-head">
      {title}
      <small>{note}</small>
    </span>
  );
}

function GateTags({ row }: { row: CompositeRow }) {
  if (row.gates.length === 0 && row.redLines.length === 0) return <span className="cp-muted">无</span>;
  return (
    <span className="cp-tags">
      {row.gates.map((g) => (
        <Tooltip key={g.code} title={g.label}>
          <Tag color={g.maxOutcome === 'competent' ? 'gold' : g.maxOutcome === 'undetermined' ? 'default' : 'orange'}>{gateTag(g)}</Tag>
        </Tooltip>
      ))}
      {row.redLines.length > 0 && (
        <Tooltip title={`述职测评红线：${row.redLines.join('；')}`}>
          <Tag color="red">测评红线</Tag>
        </Tooltip>
      )}
    </span>
  );
}

function NoteCell({ row }: { row: CompositeRow }) {
  const lines: { key: string; text: string; className?: string }[] = [];
  if (row.overrideReason) lines.push({ key: 'o', text: `超出名额：${row.overrideReason}`, className: 'cp-red' });
  if (row.confirmReason && row.confirmReason !== row.overrideReason) lines.push({ key: 'r', text: `理由：${row.confirmReason}` });
  if (row.note) lines.push({ key: 'n', text: row.note, className: 'cp-muted' });
  if (row.missing.length > 0 && row.composite === null) lines.push({ key: 'm', text: `缺少：${row.missing.join('；')}`, className: 'cp-warn' });
  if (lines.length === 0) return null;
  const who = row.confirmedBy ? `确定人：${row.confirmedBy}${row.confirmedAt ? `（${momentText(row.confirmedAt)}）` : ''}` : '';
  return (
    <Tooltip
      title={
        <div>
          {lines.map((l) => (
            <div key={l.key}>{l.text}</div>
          ))}
          {who && <div>{who}</div>}
        </div>
      }
    >
      <div className="cp-note">
        {lines.map((l) => (
          <span key={l.key} className={l.className}>
            {l.text}
          </span>
        ))}
      </div>
    </Tooltip>
  );
}

/** A chosen 评选表优 / 民主推荐 beside the composite: what each person got there, whole in the tooltip. */
function votesColumn(votes: RecommendationVotes): TableColumnsType<CompositeRow>[number] {
  return {
    title: twoLine('推荐得票', votes.label),
    key: 'recommendation',
    width: 96,
    render: (_v, r) => {
      const text = votes.byPerson.get(r.personId);
      return text ? (
        <Tooltip title={text}>
          <span className="cp-note" data-testid="recommendation-votes">{text}</span>
        </Tooltip>
      ) : (
        <span className="cp-muted">未参加</span>
      );
    },
  };
}

/** 近三年等次: the words oldest first, 「—」 for a year without record; year by year in the tooltip. */
function recentColumn(recent: RecentOutcomes): TableColumnsType<CompositeRow>[number] {
  const { years } = recent;
  return {
    title: twoLine('近三年等次', `${years[0]}—${years[years.length - 1]}`),
    key: 'recent',
    width: 100,
    render: (_v, r) => {
      const words = recent.byPerson.get(r.personId) ?? years.map(() => null);
      if (words.every((w) => w === null)) return <span className="cp-muted">无记录</span>;
      return (
        <Tooltip title={years.map((y, i) => `${y}年度：${words[i] ?? '无记录'}`).join('；')}>
          <span className="cp-recent" data-testid="recent-outcomes">{words.map((w) => w ?? '—').join('、')}</span>
        </Tooltip>
      );
    },
  };
}

/** Columns of one group's 综合评定 table: figures, gates, suggestion and the committee's 确定等次. */
/**
 * The widths add up to about 1,030 px with the selection column and six components: the whole table,
 * 确定等次 and 理由 included, fits the content area of a 1280 px screen without a sideways scroll.
 */
export function compositeColumns(o: CompositeColumnOptions): TableColumnsType<CompositeRow> {
  const { rules } = o;
  const figureColumns: TableColumnsType<CompositeRow> = enabledComponents(rules).map((c) => {
    const title = c.mode === 'added' ? '加减分' : componentLabels[c.key];
    return {
      title: twoLine(title, componentNote(c)),
      key: `c-${c.key}`,
      width: c.mode === 'added' ? 54 : 58,
      align: 'right',
      render: (_v, r) => {
        const cell = <FigureCell figure={r.components[c.key]} signed={c.mode === 'added'} />;
        const kind = c.key === 'items' && (r.items ?? []).length > 0 ? 'items' : c.key === 'conduct' && (r.conduct ?? []).length > 0 ? 'conduct' : null;
        if (kind === null || !o.onOpenBreakdown) return cell;
        const label = `${r.name}${componentLabels[c.key]}得分明细`;
        return (
          <button type="button" className="cp-link" aria-label={label} title={`查看${componentLabels[c.key]}得分明细`} onClick={() => o.onOpenBreakdown!(r, kind)}>
            {cell}
          </button>
        );
      },
    };
  });
  return [
    { title: '排名', key: 'rank', width: 40, align: 'center', fixed: 'left', render: (_v, r) => r.rank ?? <span className="cp-muted">—</span> },
    {
      title: '姓名',
      key: 'name',
      width: 64,
      fixed: 'left',
      ellipsis: true,
      render: (_v, r) => <span className={r.overrideReason ? 'cp-red' : undefined}>{r.name}</span>,
    },
    { title: '单位', dataIndex: 'unitName', width: 68, ellipsis: true },
    { title: '职务', dataIndex: 'post', width: 60, ellipsis: true },
    ...figureColumns,
    {
      title: twoLine('综合得分', '百分制'),
      key: 'composite',
      width: 68,
      align: 'right',
      render: (_v, r) =>
        r.composite === null ? (
          <Tooltip title={r.missing.length > 0 ? `缺少：${r.missing.join('；')}` : '暂无综合得分'}>
            <span className="cp-missing">暂无</span>
          </Tooltip>
        ) : (
          <b>{formatScore(r.composite)}</b>
        ),
    },
    ...(o.votes ? [votesColumn(o.votes)] : []),
    ...(o.recent ? [recentColumn(o.recent)] : []),
    { title: '限制条件', key: 'gates', width: 80, render: (_v, r) => <GateTags row={r} /> },
    {
      title: '建议等次',
      key: 'suggested',
      width: 70,
      align: 'center',
      render: (_v, r) =>
        r.insufficient && r.suggested === null ? (
          <Tooltip title={r.note}>
            <span className="cp-warn" data-testid="insufficient">数据不足</span>
          </Tooltip>
        ) : r.suggested === null ? (
          <Tooltip title={r.note || '缺少得分，无建议等次'}>
            <span className="cp-muted">无</span>
          </Tooltip>
        ) : r.committee ? (
          <Tooltip title={r.note}>
            <span className="cp-warn">委员会确定</span>
          </Tooltip>
        ) : (
          <span>
            {labelOf(rules, r, r.suggested)}
            {r.note && (
              <Tooltip title={r.note}>
                <InfoCircleOutlined className="cp-note-icon" />
              </Tooltip>
            )}
          </span>
        ),
    },
    {
      title: '确定等次',
      key: 'confirmed',
      width: 96,
      align: 'center',
      render: (_v, r) => {
        const differs = r.confirmed !== null && r.confirmed !== r.suggested;
        if (o.readOnly) {
          if (r.confirmed === null) return <span className="cp-muted">未确定</span>;
          return <span className={r.overrideReason ? 'cp-red cp-strong' : differs ? 'cp-changed' : undefined}>{labelOf(rules, r, r.confirmed)}</span>;
        }
        return (
          <Select<OutcomeCode>
            aria-label={`${r.name}的确定等次`}
            size="small"
            value={r.confirmed}
            placeholder="未确定"
            allowClear
            loading={o.savingId === r.personId}
            status={r.overrideReason ? 'error' : differs ? 'warning' : undefined}
            options={outcomeOptions(rules, r)}
            onChange={(v) => (v === undefined ? o.onClear(r) : o.onChoose(r, v))}
            className="cp-select"
            popupMatchSelectWidth={false}
          />
        );
      },
    },
    { title: '理由/说明', key: 'note', width: 96, render: (_v, r) => <NoteCell row={r} /> },
  ];
}
