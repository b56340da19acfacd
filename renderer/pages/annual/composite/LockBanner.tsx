import { UnlockOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { UnlockDialog } from './UnlockDialog';

/** A locked year on 综合评定: the one lock notice, with the admin's way out (解锁) in place of the link here. */
export function LockBanner(props: { year: number; lockedAt: string | null; lockedBy: string | null }) {
  const { year, lockedAt, lockedBy } = props;
  const [unlocking, setUnlocking] = useState(false);
  return (
    <>
      <YearLockedBanner
        year={year}
        scope="本年度述职测评、双十星和年度考核数据"
        locked={{ at: lockedAt, by: lockedBy }}
        className="cp-lock-banner"
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
