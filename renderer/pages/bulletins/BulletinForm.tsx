import { DeleteOutlined, DownloadOutlined, PrinterOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { BulletinText, BulletinView } from '../../../shared/bulletins';
import { invoke } from '../../api';
import { DayPicker } from '../../components/DayPicker';
import { useChannelMutation } from '../../hooks/api-hooks';
import { useFileExport } from '../../hooks/use-file-export';
import { navigate } from '../../router/hash-router';
import { bulletinPrintHref } from './bulletins-routes';

const toLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * The 通报's words (DOMAIN §8.5): 期数, 印发日期, title, opening line, 表扬 and 批评 lines (one a line),
 * 落款; the suggested units are offered beside them and go in only when the clerk clicks one. Then
 * 保存草稿, 印发 (freezes the figures), 撤回印发 (with a reason), 删除草稿, print and .xlsx.
 */
export function BulletinForm({ view, editable }: { view: BulletinView; editable: boolean }) {
  const { modal } = App.useApp();
  const start = view.bulletin ?? view.proposal;
  const [text, setText] = useState<Omit<BulletinText, 'praise' | 'criticism'> & { praise: string; criticism: string }>({ ...start, praise: start.praise.join('\n'), criticism: start.criticism.join('\n') });
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const issued = view.bulletin?.status === 'issued';
  const canEdit = editable && !issued;
  const save = useChannelMutation('bulletins.save', { success: '已保存通报草稿' });
  const issue = useChannelMutation('bulletins.issue', { success: '已印发，通报数据已固定' });
  const withdraw = useChannelMutation('bulletins.withdraw', { success: '已撤回印发，通报恢复为草稿' });
  const remove = useChannelMutation('bulletins.delete', { success: '已删除通报草稿' });
  const { busy, run } = useFileExport();
  const where = { year: view.year, month: view.month };
  const payload = (): BulletinText => ({ ...text, praise: toLines(text.praise), criticism: toLines(text.criticism) });
  const edited = (): boolean => {
    const b = view.bulletin;
    if (!b) return true;
    const p = payload();
    return (Object.keys(p) as (keyof BulletinText)[]).some((k) => JSON.stringify(p[k]) !== JSON.stringify(typeof b[k] === 'string' ? b[k].trim() : b[k]));
  };
  const addLine = (field: 'praise' | 'criticism', unitName: string) =>
    setText((t) => ({ ...t, [field]: `${t[field].trimEnd()}${t[field].trim() ? '\n' : ''}${unitName}` }));

  return (
    <div className="bulletin-form">
      <div className="bulletin-form-status">
        <Typography.Text strong>{`${view.month}月份通报`}</Typography.Text>
        {view.bulletin ? <Tag color={issued ? 'green' : 'gold'}>{issued ? `已印发 ${view.bulletin.issuedAt?.slice(0, 10)}，数据已固定` : '草稿，数据随时更新'}</Tag> : <Tag>未建立</Tag>}
      </div>
      <Space wrap className="bulletin-actions">
        {!issued && (
          <Button type="primary" icon={<SaveOutlined />} disabled={!editable} loading={save.isPending} onClick={() => save.mutate({ ...where, text: payload() })}>
            保存草稿
          </Button>
        )}
        {!issued && (
          <Button
            icon={<SendOutlined />}
            disabled={!editable || !view.bulletin}
            title={view.bulletin ? undefined : '请先保存草稿'}
            loading={issue.isPending}
            onClick={() => {
              modal.confirm({
                title: `印发第${view.bulletin!.issueNo}期通报？`,
                content: `印发时固定本月数据，之后任务、周晒、评议的变动不再改变这份通报；如需修改，可撤回印发（须填写原因）。${edited() ? '对文字的修改将先保存。' : ''}`,
                okText: '印发',
                cancelText: '取消',
                onOk: async () => {
                  try {
                    if (edited()) await save.mutateAsync({ ...where, text: payload() });
                    await issue.mutateAsync(where);
                  } catch {
                    // the mutation has shown the Chinese message
                  }
                },
              });
            }}
          >
            印发
          </Button>
        )}
        {issued && (
          <Button icon={<RollbackOutlined />} disabled={!editable} onClick={() => setWithdrawing(true)}>
            撤回印发
          </Button>
        )}
        <Button icon={<PrinterOutlined />} onClick={() => navigate(bulletinPrintHref(view.year, view.month))}>
          打印预览
        </Button>
        <Button icon={<DownloadOutlined />} loading={busy === 'export'} onClick={() => void run(() => invoke('bulletins.export', where))}>
          导出Excel
        </Button>
        {view.bulletin && !issued && (
          <Button danger icon={<DeleteOutlined />} disabled={!editable} onClick={() => {
            modal.confirm({ title: '删除本月通报草稿？', okText: '删除', okButtonProps: { danger: true }, cancelText: '取消', onOk: () => remove.mutateAsync(where).catch(() => undefined) });
          }}>
            删除草稿
          </Button>
        )}
      </Space>
      <div className="bulletin-fields-box">
      <Form layout="vertical" disabled={!canEdit} className="bulletin-fields">
        <Space size={12} wrap>
          <Form.Item label="期数">
            <InputNumber<number> aria-label="期数" min={1} max={999} value={text.issueNo} onChange={(v) => v && setText({ ...text, issueNo: v })} prefix="第" suffix="期" style={{ width: 120 }} />
          </Form.Item>
          <Form.Item label="印发日期">
            <DayPicker ariaLabel="印发日期" value={text.issuedOn} onChange={(d) => d && setText({ ...text, issuedOn: d })} />
          </Form.Item>
        </Space>
        <Form.Item label="标题">
          <Input aria-label="标题" value={text.title} maxLength={80} onChange={(e) => setText({ ...text, title: e.target.value })} />
        </Form.Item>
        <Form.Item label="开头语">
          <Input.TextArea aria-label="开头语" autoSize={{ minRows: 2, maxRows: 4 }} value={text.opening} maxLength={500} onChange={(e) => setText({ ...text, opening: e.target.value })} />
        </Form.Item>
        <Form.Item label="表扬（每行一条）" extra={<Suggestions list={view.suggestions.praise} onPick={(n) => addLine('praise', n)} disabled={!canEdit} />}>
          <Input.TextArea aria-label="表扬" autoSize={{ minRows: 2, maxRows: 5 }} value={text.praise} onChange={(e) => setText({ ...text, praise: e.target.value })} />
        </Form.Item>
        <Form.Item label="批评（每行一条）" extra={<Suggestions list={view.suggestions.criticism} onPick={(n) => addLine('criticism', n)} disabled={!canEdit} />}>
          <Input.TextArea aria-label="批评" autoSize={{ minRows: 2, maxRows: 5 }} value={text.criticism} onChange={(e) => setText({ ...text, criticism: e.target.value })} />
        </Form.Item>
        <Form.Item label="落款">
          <Input aria-label="落款" value={text.signature} maxLength={40} onChange={(e) => setText({ ...text, signature: e.target.value })} />
        </Form.Item>
      </Form>
      </div>
      {!view.bulletin && editable && <Alert className="bulletin-hint" type="info" showIcon title={`期数建议为第${view.proposal.issueNo}期（本年度下一期）。保存草稿后可印发。`} />}
      {withdrawing && (
        <Modal open title="撤回印发" okText="撤回" cancelText="取消" okButtonProps={{ disabled: !reason.trim() }} confirmLoading={withdraw.isPending}
          onCancel={() => setWithdrawing(false)}
          onOk={() => withdraw.mutate({ ...where, reason }, { onSuccess: () => setWithdrawing(false) })}
        >
          <Typography.Paragraph>撤回后通报恢复为草稿，数据重新按当前情况计算；撤回原因记入操作日志。</Typography.Paragraph>
          <Input.TextArea aria-label="撤回原因" placeholder="撤回原因" maxLength={200} autoSize={{ minRows: 2 }} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Modal>
      )}
    </div>
  );
}

function Suggestions({ list, onPick, disabled }: { list: BulletinView['suggestions']['praise']; onPick: (unitName: string) => void; disabled: boolean }) {
  if (list.length === 0) return null;
  return (
    <div className="bulletin-suggestions">
      可参考：
      {list.map((s) => (
        <Button key={s.unitId} size="small" type="dashed" disabled={disabled} title={s.why} onClick={() => onPick(s.unitName)}>
          {s.unitName}
        </Button>
      ))}
    </div>
  );
}
