import { Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { ItemTarget } from '../../../../shared/annual/views';
import { QueryError } from '../../../components/QueryError';
import { useAnnualItems } from '../../../hooks/annual-hooks';
import { ItemsCatalog } from './ItemsCatalog';
import { ScoreGridPanel } from './ScoreGridPanel';
import { YearBar } from '../../../components/YearBar';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { yearPlaceholder } from '../common/YearPlaceholder';
import { useSelectedYear } from '../common/use-selected-year';
import '../common/annual-scheme.css';

/** 考核项目评分: the year's 指标体系 on the left, the score grid of targets × items on the right. */
export function ItemsPage() {
  const { year, select, years, detail, locked } = useSelectedYear();
  const catalog = useAnnualItems(year);
  const [target, setTarget] = useState<ItemTarget>('person');
  const list = years.data ?? [];

  let body;
  const placeholder = yearPlaceholder(years, year);
  if (placeholder) body = placeholder;
  else if (catalog.isError) body = <QueryError error={catalog.error} />;
  else if (!catalog.data) body = <Spin className="shell-loading" />;
  else
    body = (
      <div className="items-body">
        <ItemsCatalog year={year} locked={locked} categories={catalog.data.categories} items={catalog.data.items} defaultTarget={target} />
        <ScoreGridPanel year={year} locked={locked} categories={catalog.data.categories} target={target} onTarget={setTarget} />
      </div>
    );

  return (
    <div className="page-fill annual-items-page">
      <div className="panel annual-head">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>考核项目评分</Typography.Title>
            {list.length > 0 && <YearBar year={year} years={list} onChange={select} />}
          </Space>
        </div>
        {locked && year !== undefined && <YearLockedBanner year={year} scope="指标体系和评分" locked={{ at: detail?.lockedAt ?? null, by: detail?.lockedBy ?? null }} />}
      </div>
      {body}
    </div>
  );
}
