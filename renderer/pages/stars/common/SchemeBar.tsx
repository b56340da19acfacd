import { Segmented, Select, Space } from 'antd';
import type { StarScheme } from '../../../../shared/stars/views';
import { starSchemeKindLabels, starSchemeKinds, type StarSchemeKind } from '../../../../shared/stars/scheme';
import type { StarsSelection } from './stars-selection';

/** 考核年度 · 党员干部/党组织 · 评星期次: the choice at the top of every 双十星 page. */
export function SchemeBar(props: {
  selection: StarsSelection;
  select: (change: Partial<StarsSelection>) => void;
  years: readonly number[];
  scheme?: StarScheme;
  /** show the 期次 choice; `withYear` adds 「全年」 (period null) */
  period?: 'period' | 'withYear';
}) {
  const { selection, select, years, scheme, period } = props;
  const periods = scheme?.periods ?? [];
  const periodValue = selection.period === null ? 0 : Math.min(selection.period, Math.max(1, periods.length));
  return (
    <Space size={8} wrap>
      <Select
        aria-label="考核年度"
        value={selection.year}
        onChange={(year) => select({ year })}
        options={years.map((y) => ({ value: y, label: `${y}年度` }))}
        style={{ width: 112 }}
      />
      <Segmented<StarSchemeKind>
        aria-label="评星对象"
        value={selection.kind}
        onChange={(kind) => select({ kind })}
        options={starSchemeKinds.map((k) => ({ value: k, label: starSchemeKindLabels[k] }))}
      />
      {period && scheme && (
        <Select
          aria-label="评星期次"
          value={period === 'period' && periodValue === 0 ? 1 : periodValue}
          onChange={(p) => select({ period: p === 0 ? null : p })}
          options={[
            ...(period === 'withYear' ? [{ value: 0, label: '全年（年终认定）' }] : []),
            ...periods.map((p) => ({ value: p.no, label: `${p.label}（${p.start.slice(5)} 至 ${p.end.slice(5)}）` })),
          ]}
          style={{ width: 220 }}
        />
      )}
    </Space>
  );
}

/** The period a page should use: the selection, kept inside the scheme's periods. */
export function effectivePeriod(selection: StarsSelection, scheme: StarScheme | undefined): number {
  const count = scheme?.periods.length ?? 1;
  return Math.min(Math.max(1, selection.period ?? 1), count);
}
