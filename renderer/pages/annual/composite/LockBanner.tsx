import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { momentText } from '../../../../shared/date-text';
import { UnlockDialog } from './UnlockDialog';

const when = (iso: string | null) => momentText(iso, { seconds: true }) || '—';

/** A locked year: blue like every lock sign (a finished year is no problem), with who locked it and when, and the admin's way out. */
export function LockBanner(props: { year: number; lockedAt: string | null; lockedBy: string | null }) {
  const { year, lockedAt, lockedBy } = props;
  const [unlocking, setUnlocking] = useState(false);
  return (
    <>
      <Alert
        type="info"
        showIcon
        icon={<LockOutlined />}
        className="cp-lock-banner"
        data-testid="year-locked-banner"
        title={
          <span className="cp-lock-title">
            <b>{year}年度考核已确认并锁定，本年度述职测评、双十星和年度考核数据均不能修改。</b>
            <span>
              锁定时间：{when(lockedAt)}；锁定人：{lockedBy ?? '—'}
            </span>
          </span>
        }
        action={
          <Button danger icon={<UnlockOutlined />} onClick={() => setUnlocking(true)}>
            解锁（管理员）
          </Button>
        }
      />
      <UnlockDialog year={year} open={unlocking} onClose={() => setUnlocking(false)} />
    </>
  );
}
