import { DatabaseOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useChannelMutation } from '../../hooks/api-hooks';
import { navigate } from '../../router/hash-router';
import './empty-state.css';

/** First run: no units and no people yet. */
export function EmptyState() {
  const demo = useChannelMutation('demo.load', { success: (r) => `已载入演示数据：${r.units} 个单位，${r.people} 名人员` });
  return (
    <div className="empty-state">
      <Typography.Title level={3}>欢迎使用干部考核测评系统</Typography.Title>
      <Typography.Paragraph type="secondary" className="empty-state-lead">
        本系统在本机离线保存人员花名册，用于述职测评、双十星评选、年度考核和年终考核的计分、汇总与报表。
        <br />
        现在还没有单位和人员，请先导入本单位的花名册，或载入演示数据熟悉操作。
      </Typography.Paragraph>
      <div className="empty-state-actions">
        <Card className="empty-state-card">
          <FileExcelOutlined className="empty-state-icon" />
          <Typography.Title level={4}>导入花名册</Typography.Title>
          <Typography.Paragraph type="secondary">从 Excel（.xlsx、.xls）或 CSV 文件导入人员，导入前可预览核对。</Typography.Paragraph>
          <Button type="primary" size="large" onClick={() => navigate('/import')}>
            导入花名册
          </Button>
        </Card>
        <Card className="empty-state-card">
          <DatabaseOutlined className="empty-state-icon" />
          <Typography.Title level={4}>载入演示数据</Typography.Title>
          <Typography.Paragraph type="secondary">载入一个国防动员办公室的示例单位和约 60 名人员，便于试用。</Typography.Paragraph>
          <Button size="large" loading={demo.isPending} onClick={() => demo.mutate({})}>
            载入演示数据
          </Button>
        </Card>
      </div>
    </div>
  );
}
