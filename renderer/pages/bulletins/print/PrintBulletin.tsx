import { Alert, Spin } from 'antd';
import { useState } from 'react';
import type { BulletinView } from '../../../../shared/bulletins';
import { PrintAddressProblem, PrintToolbar, usePrintViewBody } from '../../../components/PrintToolbar';
import { QueryError } from '../../../components/QueryError';
import { useHashLocation } from '../../../router/hash-router';
import { useBulletinView } from '../bulletins-hooks';
import { bulletinsPath } from '../bulletins-routes';
import { BulletinSheet, type SheetFit } from './BulletinSheet';

/**
 * 月度通报 print view (DOMAIN §8.5): A4 portrait on one page; the bar says the size chosen, whether the
 * figures are frozen (印发) or live (草稿), or that the 通报 does not fit one page even at 8 pt.
 */
export function PrintBulletin() {
  usePrintViewBody();
  const { query } = useHashLocation();
  const year = Number(query.get('year'));
  const month = Number(query.get('month'));
  const valid = Number.isInteger(year) && year >= 2000 && Number.isInteger(month) && month >= 1 && month <= 12;
  const data = useBulletinView(valid ? year : undefined, valid ? month : undefined);
  if (!valid) return <PrintAddressProblem backTo={bulletinsPath} missing="年度或月份" page="月度通报" />;
  if (data.isError) return <QueryError error={data.error} />;
  if (!data.data) return <Spin size="large" className="shell-loading" />;
  return <Sheet view={data.data} />;
}

function Sheet({ view }: { view: BulletinView }) {
  const [fit, setFit] = useState<SheetFit | null>(null);
  const state = view.bulletin?.status === 'issued' ? '已印发，数据已固定' : '草稿，数据为当前情况';
  return (
    <div className="print-root a4-print-root bulletin-print-root">
      <PrintToolbar
        backTo={bulletinsPath}
        canPrint={fit != null}
        info={
          !fit
            ? '正在排版…'
            : fit.pages > 1
              ? `月度通报（A4 纵向）：内容较多，缩至${fit.size}磅仍需${fit.pages}页`
              : `月度通报（A4 纵向，一页），正文${fit.size}磅，${view.figures.rows.length}个单位（${state}）`
        }
      />
      {fit && fit.pages > 1 && <Alert className="print-empty" type="warning" showIcon title={`通报内容缩至最小字号（8磅）仍超出一页A4，将打印为${fit.pages}页`} />}
      <BulletinSheet view={view} onFit={setFit} testId="bulletin-sheet" />
    </div>
  );
}
