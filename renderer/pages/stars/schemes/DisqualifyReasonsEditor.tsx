import { Button, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useDisqualifyReasons } from '../common/stars-hooks';

/** The editable list of 不得参评 reasons (处分期内, 受审查, …), shared by every scheme. */
export function DisqualifyReasonsEditor() {
  const reasons = useDisqualifyReasons();
  const [draft, setDraft] = useState<string[]>([]);
  const save = useChannelMutation('stars.setDisqualifyReasons', { success: '已保存不得参评原因' });
  useEffect(() => setDraft(reasons.data ?? []), [reasons.data]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(reasons.data ?? []);
  return (
    <div className="section-head reasons-editor">
      <Typography.Title level={5}>不得参评原因</Typography.Title>
      <Space.Compact style={{ flex: 1, maxWidth: 760 }}>
        <Select
          aria-label="不得参评原因"
          mode="tags"
          value={draft}
          onChange={(v: string[]) => setDraft(v.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 20))}
          open={false}
          suffixIcon={null}
          placeholder="输入原因后按回车添加"
          style={{ width: '100%' }}
        />
        <Button disabled={!dirty || draft.length === 0} loading={save.isPending} onClick={() => save.mutate({ reasons: draft })}>
          保存
        </Button>
      </Space.Compact>
    </div>
  );
}
