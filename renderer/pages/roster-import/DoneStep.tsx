import { Button, Result } from 'antd';
import type { ChannelOutput } from '../../../shared/contract';

/** Step 4 完成: what was written. */
export function DoneStep(props: { result: ChannelOutput<'roster.importCommit'>; onShowPeople: () => void; onAgain: () => void }) {
  const { result, onShowPeople, onAgain } = props;
  const parts = [`新增 ${result.created} 人`, `更新 ${result.updated} 人`, `无变化 ${result.unchanged} 人`];
  if (result.unitsCreated) parts.push(`新建单位 ${result.unitsCreated} 个`);
  if (result.rejected) parts.push(`有错误未导入 ${result.rejected} 行`);
  return (
    <Result
      status="success"
      title="花名册导入完成"
      subTitle={<span data-testid="import-result">{parts.join('，')}。</span>}
      extra={[
        <Button type="primary" key="people" onClick={onShowPeople}>
          查看人员
        </Button>,
        <Button key="again" onClick={onAgain}>
          再导入一个文件
        </Button>,
      ]}
    />
  );
}
