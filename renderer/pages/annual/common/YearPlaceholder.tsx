import { Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { QueryError } from '../../../components/QueryError';
import { navigate } from '../../../router/hash-router';
import type { useSelectedYear } from './use-selected-year';

/**
 * What a 年度考核 page shows before its own data: the year list loading or failing, or no 考核年度
 * yet (with the way to create one). null once a year is selected.
 */
export function yearPlaceholder(years: ReturnType<typeof useSelectedYear>['years'], year: number | undefined): ReactNode | null {
  if (years.isError) return <QueryError error={years.error} />;
  if (years.isPending) return <Spin size="large" className="shell-loading" />;
  if (year === undefined) {
    return (
      <div className="panel">
        <Empty description="尚未建立考核年度">
          <Button type="primary" onClick={() => navigate('/annual/scheme')}>
            前往“年度考核方案”建立考核年度
          </Button>
        </Empty>
      </div>
    );
  }
  return null;
}
