import { Alert, Spin, Typography } from 'antd';
import { QueryError } from '../../../components/QueryError';
import { useHasAdminPassword } from '../../../hooks/evaluation-hooks';
import { AdminPasswordForm } from '../../../components/AdminPasswordForm';

/** 设置 → 管理员密码: the password that unlocks 现场测评 (kiosk) mode. */
export function AdminPasswordPage() {
  const has = useHasAdminPassword();
  return (
    <div className="page-fill">
      <div className="panel">
        <Typography.Title level={4} style={{ marginTop: 0 }}>管理员密码</Typography.Title>
        <Typography.Paragraph type="secondary">
          现场测评时，计算机只显示测评票；退出现场测评须输入管理员密码，以防评委查看或改动其他内容。密码只以加密摘要形式保存在本机。
        </Typography.Paragraph>
        {has.isPending ? (
          <Spin />
        ) : has.isError ? (
          <QueryError error={has.error} />
        ) : (
          <>
            <Alert
              type={has.data.set ? 'success' : 'warning'}
              showIcon
              title={has.data.set ? '已设置管理员密码' : '尚未设置管理员密码，进入现场测评前须先设置'}
              style={{ marginBottom: 16, maxWidth: 520 }}
            />
            <AdminPasswordForm hasPassword={has.data.set} submitText={has.data.set ? '修改密码' : '设置密码'} />
          </>
        )}
      </div>
    </div>
  );
}
