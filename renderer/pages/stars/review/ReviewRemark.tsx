import { Button, Input } from 'antd';
import { useState } from 'react';
import { useChannelMutation } from '../../../hooks/api-hooks';

/** 备注: the line the 评星汇总表 prints beside the target, saved on its own. */
export function ReviewRemark(props: { schemeId: number; period: number; targetId: number; saved: string }) {
  const { schemeId, period, targetId, saved } = props;
  const [remark, setRemark] = useState(saved);
  const save = useChannelMutation('stars.setRemark', { success: '已保存备注' });
  return (
    <div className="review-remark">
      <span className="review-remark-label">备注</span>
      <Input aria-label="备注" value={remark} maxLength={200} placeholder="写入评星汇总表的备注" onChange={(e) => setRemark(e.target.value)} />
      <Button disabled={remark.trim() === saved} loading={save.isPending} onClick={() => save.mutate({ schemeId, period, targetId, remark: remark.trim() })}>
        保存备注
      </Button>
    </div>
  );
}
