import { Alert, Spin } from 'antd';
import { useState } from 'react';
import type { WeeklyWeekView } from '../../../../shared/weekly';
import { PrintAddressProblem, PrintToolbar, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useHashLocation } from '../../../router/hash-router';
import { useWeeklyWeek } from '../common/weekly-hooks';
import { weeklyPath } from '../weekly-routes';
import { WeeklyBoardSheet, type BoardFit } from './WeeklyBoardSheet';

/**
 * 一周工作晒评 print view (DOMAIN §8.3): A4 portrait on one page, for the notice board or the weekly
 * meeting; the bar says the size chosen, or that the week does not fit one page even at 8 pt.
 */
export function PrintWeeklyBoard() {
  usePrintViewBody();
  const { query } = useHashLocation();
  const year = Number(query.get('year'));
  const week = Number(query.get('week'));
  const valid = Number.isInteger(year) && year >= 2000 && Number.isInteger(week) && week > 0;
  const data = useWeeklyWeek(valid ? year : undefined, valid ? week : undefined);
  if (!valid) return <PrintAddressProblem backTo={weeklyPath} missing="年度或周次" page="周晒成绩" />;
  if (data.isError) return <QueryError error={data.error} />;
  if (!data.data) return <Spin size="large" className="shell-loading" />;
  return <Board view={data.data} />;
}

function Board({ view }: { view: WeeklyWeekView }) {
  const [fit, setFit] = useState<BoardFit | null>(null);
  const posted = view.targets.filter((t) => t.items.length > 0).length;
  const who = view.settings.mode === 'unit' ? '单位' : '人员';
  return (
    <div className="print-root a4-print-root weekly-print-root">
      <PrintToolbar
        backTo={`${weeklyPath}?week=${view.week}`}
        canPrint={fit != null}
        info={
          !fit
            ? '正在排版…'
            : fit.pages > 1
              ? `一周工作晒评（A4 纵向）：内容较多，缩至${fit.size}磅仍需${fit.pages}页，可精简条目后再打印`
              : `一周工作晒评（A4 纵向，一页），正文${fit.size}磅，${posted}个${who}`
        }
      />
      {fit && fit.pages > 1 && <Alert className="print-empty" type="warning" showIcon title={`本周内容缩至最小字号（8磅）仍超出一页A4，将打印为${fit.pages}页`} />}
      <WeeklyBoardSheet view={view} onFit={setFit} testId="weekly-sheet" />
    </div>
  );
}
