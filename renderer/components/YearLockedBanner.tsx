import { LockOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { navigate } from '../router/hash-router';

/**
 * The blue lock notice (blue wherever a lock shows) on 述职测评 and 双十星 pages of a locked 考核年度: the data can only be viewed.
 * The link leads to 「综合评定」, where the admin unlocks; `link` false hides it (the 现场测评 kiosk must not lead anywhere).
 */
export function YearLockedBanner(props: { year: number; link?: boolean; className?: string; style?: CSSProperties }) {
  const { year, link = true, className, style } = props;
  return (
    <Alert
      type="info"
      showIcon
      icon={<LockOutlined />}
      className={className}
      style={style}
      data-testid="year-locked-banner"
      title={`${year}年度考核已确认并锁定（归档），本年度的述职测评和双十星数据只能查看，不能修改。如确需修改，请由管理员在「综合评定」页面解锁。`}
      action={
        link ? (
          <Button size="small" type="link" onClick={() => navigate('/annual/composite')}>
            前往综合评定
          </Button>
        ) : undefined
      }
    />
  );
}
