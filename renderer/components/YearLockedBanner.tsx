import { LockOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { momentText } from '../../shared/date-text';
import { navigate } from '../router/hash-router';

export interface YearLockedBannerProps {
  year: number;
  /** what on this page can only be viewed; the 述职测评 and 双十星 data unless said */
  scope?: string;
  /** who locked the year and when, where the page knows it */
  locked?: { at: string | null; by: string | null };
  /** false hides the way to 「综合评定」 (the 现场测评 kiosk must not lead anywhere) */
  link?: boolean;
  /** in place of that link: the 综合评定 page's own 解锁 */
  action?: ReactNode;
  className?: string;
  style?: CSSProperties;
}

/**
 * The one notice of a locked 考核年度 (归档), on every page whose data the lock freezes: blue, as every
 * lock sign is (a finished year is no problem), saying what can only be viewed there, who locked it and
 * when where known, and the way out: the admin unlocks on 「综合评定」.
 */
export function YearLockedBanner(props: YearLockedBannerProps) {
  const { year, scope = '本年度的述职测评和双十星数据', locked, link = true, action, className, style } = props;
  const wayOut = action === undefined ? '如确需修改，请由管理员在「综合评定」页面解锁。' : '';
  return (
    <Alert
      type="info"
      showIcon
      icon={<LockOutlined />}
      className={className}
      style={style}
      data-testid="year-locked-banner"
      title={
        <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: '4px 20px', alignItems: 'baseline' }}>
          <b style={{ color: '#1d3b6e' }}>{`${year}年度考核已确认并锁定（归档），${scope}只能查看，不能修改。${wayOut}`}</b>
          {locked && <span style={{ fontSize: 13, color: 'rgba(0, 0, 0, 0.65)' }}>{`锁定时间：${momentText(locked.at, { seconds: true }) || '—'}；锁定人：${locked.by ?? '—'}`}</span>}
        </span>
      }
      action={
        action ??
        (link ? (
          <Button size="small" type="link" onClick={() => navigate('/annual/composite')}>
            前往综合评定
          </Button>
        ) : undefined)
      }
    />
  );
}
