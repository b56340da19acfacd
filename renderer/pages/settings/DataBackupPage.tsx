import { CloudDownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { momentText } from '../../../shared/date-text';
import { Alert, App, Button, Descriptions, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { backupRetentionText } from '../../../shared/backup';
import type { BackupInfo } from '../../../shared/contract/backup';
import { QueryError } from '../../components/QueryError';
import { useChannelMutation } from '../../hooks/api-hooks';
import { useAppInfo, useBackups } from '../../hooks/data-hooks';
import { backupReasonColors, backupReasonLabels, backupReasonNotes, formatSize } from './backup-labels';

const when = (iso: string) => momentText(iso, { seconds: true });

/** 设置 → 数据与备份: where the data lives, backups, restore and the integrity check. */
export function DataBackupPage() {
  const { modal } = App.useApp();
  const info = useAppInfo();
  const backups = useBackups();
  const create = useChannelMutation('backup.create', { success: (b) => `已备份：${when(b.createdAt)}` });
  const restore = useChannelMutation('backup.restore', { success: '已恢复备份，当前数据已替换为所选备份' });
  const check = useChannelMutation('backup.integrityCheck');
  const [checkResult, setCheckResult] = useState<ChannelOutput<'backup.integrityCheck'> | null>(null);

  const confirmRestore = (b: BackupInfo) => {
    modal.confirm({
      title: '恢复备份',
      width: 520,
      content: (
        <div>
          <p>
            将把当前数据替换为 <b>{when(b.createdAt)}</b> 的{backupReasonLabels[b.reason]}备份。
          </p>
          <p>恢复前，系统会先自动备份当前数据（类型为“恢复前”），如恢复后发现不对，可再从该备份恢复回来。</p>
          <p>确定要恢复吗？</p>
        </div>
      ),
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => restore.mutateAsync({ fileName: b.fileName }).catch(() => undefined),
    });
  };

  const columns: TableColumnsType<BackupInfo> = [
    { title: '备份时间', dataIndex: 'createdAt', width: 190, render: when },
    { title: '类型', dataIndex: 'reason', width: 110, render: (r: BackupInfo['reason']) => <Tag color={backupReasonColors[r]}>{backupReasonLabels[r]}</Tag> },
    {
      title: '说明', key: 'note',
      render: (_v, b) =>
        b.problem ? (
          <Space size={4}><Tag color="red">不可用</Tag><Typography.Text type="danger">此文件{b.problem}，不能用于恢复</Typography.Text></Space>
        ) : (
          <Typography.Text type="secondary">{backupReasonNotes[b.reason]}</Typography.Text>
        ),
    },
    { title: '大小', dataIndex: 'sizeBytes', width: 110, align: 'right', render: formatSize },
    {
      title: '操作', key: 'actions', width: 90,
      render: (_v, b) => <Button type="link" size="small" disabled={b.problem !== null} onClick={() => confirmRestore(b)}>恢复</Button>,
    },
  ];

  return (
    <div className="page-fill">
      <div className="panel">
        <Typography.Title level={4} style={{ marginTop: 0 }}>数据与备份</Typography.Title>
        {info.data && (
          <Descriptions column={1} size="small" bordered styles={{ label: { width: 140 } }}>
            <Descriptions.Item label="数据文件夹"><Typography.Text copyable className="mono">{info.data.dataDir}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label="数据库文件"><Typography.Text copyable className="mono">{info.data.dbPath}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label="程序版本">{info.data.version}（{info.data.mode === 'electron' ? '桌面程序' : '浏览器模式'}）</Descriptions.Item>
          </Descriptions>
        )}
      </div>
      <div className="panel">
        <div className="page-title" style={{ marginBottom: 12 }}>
          <Space align="baseline" size={12}>
            <Typography.Title level={5} style={{ margin: 0 }}>备份</Typography.Title>
            <Typography.Text type="secondary">每日首次启动、退出时和数据库升级前自动备份。</Typography.Text>
          </Space>
          <Button type="primary" icon={<CloudDownloadOutlined />} loading={create.isPending} onClick={() => create.mutate({})}>
            立即备份
          </Button>
        </div>
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {backupRetentionText()}；手动备份和恢复前备份不会被自动删除。每份备份写完后都经过完整性校验才列入下表。
        </Typography.Paragraph>
        {backups.isError ? (
          <QueryError error={backups.error} />
        ) : (
          <Table<BackupInfo>
            size="small"
            rowKey="fileName"
            columns={columns}
            dataSource={backups.data ?? []}
            loading={backups.isPending}
            pagination={false}
            locale={{ emptyText: '还没有备份' }}
          />
        )}
      </div>
      <div className="panel">
        <div className="page-title" style={{ marginBottom: 12 }}>
          <Space align="baseline" size={12}>
            <Typography.Title level={5} style={{ margin: 0 }}>数据完整性</Typography.Title>
            <Typography.Text type="secondary">检查数据库文件是否损坏、数据之间的关联是否完整。</Typography.Text>
          </Space>
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={check.isPending}
            onClick={() => check.mutate({}, { onSuccess: setCheckResult })}
          >
            检查数据完整性
          </Button>
        </div>
        {checkResult && (
          <Alert
            data-testid="integrity-result"
            type={checkResult.ok ? 'success' : 'error'}
            showIcon
            title={checkResult.ok ? '检查结果：正常' : '检查结果：发现问题'}
            description={
              checkResult.ok
                ? '数据库文件完好，数据关联完整。'
                : <ul style={{ margin: 0, paddingLeft: 20 }}>{checkResult.messages.map((m, i) => <li key={i}>{m}</li>)}</ul>
            }
          />
        )}
      </div>
    </div>
  );
}
