import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { errorText } from '../hooks/api-hooks';
import './paper-entry.css';

/**
 * 录入不一致 of 双人录入 (测评票, 推荐票): per disagreeing 票号 a card with both entries side by side,
 * the differing lines in red, and the form to settle it against the paper. The feature gives the
 * lines in words and the editor of the settled ballot; the card asks for the 核对人 and 评委类别.
 */

export interface MismatchLine {
  readonly key: string;
  /** 序号 or the post's name */
  readonly label: ReactNode;
  readonly name: string;
  readonly first: string;
  readonly second: string;
  readonly differs: boolean;
}

/** The list, one card open at a time (the only one always open). */
export function MismatchList<T extends { readonly ticketNo: string }>(props: {
  items: readonly T[];
  loading: boolean;
  /** 测评票, 推荐票 */
  ballot: string;
  renderItem: (item: T, expanded: boolean, onToggle: () => void) => ReactNode;
}) {
  const { items, loading } = props;
  const [open, setOpen] = useState<string | null>(null);
  if (!loading && items.length === 0) return <Empty description={`没有录入不一致的${props.ballot}`} />;
  return (
    <div className="mismatch-list">
      <Typography.Paragraph type="secondary">
        以下票号两遍录入不一致，尚未计票。请取出对应的纸质票，核对标红的行，选定正确结果后计票。
      </Typography.Paragraph>
      {items.map((m) => props.renderItem(m, open === m.ticketNo || items.length === 1, () => setOpen(open === m.ticketNo ? null : m.ticketNo)))}
    </div>
  );
}

/** One disagreeing 票号 as the mismatches channels give it (the entries' marks are the feature's). */
export interface MismatchEntries {
  readonly ticketNo: string;
  readonly first: { readonly category: string };
  readonly second: { readonly category: string };
  readonly firstClerk: string;
  readonly secondClerk: string;
}

/** What a settle gives back: the line to fix first, or the sentence to show once it was counted. */
export type SettleResult = { readonly problem: string } | { readonly counted: string };

export function MismatchCard(props: {
  mismatch: MismatchEntries;
  categories: readonly { readonly code: string; readonly name: string }[];
  lines: readonly MismatchLine[];
  /** the first column's heading: 序号, 推荐职位 */
  labelTitle: string;
  expanded: boolean;
  onToggle: () => void;
  /** the 评委类别 settled (undefined until chosen when the two entries differ on it) */
  category: string | undefined;
  onCategory: (code: string) => void;
  /** the 核对人 (the 录入人 field above) */
  clerk: string;
  /** sends the settled ballot; every query is read again once it was counted */
  onSettle: (category: string, clerk: string) => Promise<SettleResult>;
  /** the settled ballot's editor */
  children: ReactNode;
}) {
  const { categories, lines, expanded } = props;
  const { ticketNo } = props.mismatch;
  const first = { category: props.mismatch.first.category, clerk: props.mismatch.firstClerk };
  const second = { category: props.mismatch.second.category, clerk: props.mismatch.secondClerk };
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const categoryName = (code: string) => categories.find((c) => c.code === code)?.name ?? code;
  const categoryDiffers = first.category !== second.category;
  const differing = lines.filter((l) => l.differs).length;

  const settle = async () => {
    setError(null);
    if (!props.clerk.trim()) return setError('请先在上方填写录入人（核对人）');
    if (!props.category) return setError('请选定评委类别');
    setSaving(true);
    try {
      const result = await props.onSettle(props.category, props.clerk.trim());
      if ('problem' in result) setError(result.problem);
      else {
        void message.success(result.counted);
        await queryClient.invalidateQueries();
      }
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const columns: TableColumnsType<MismatchLine> = [
    { title: props.labelTitle, key: 'label', width: 100, align: 'center', render: (_v, r) => r.label },
    ...(lines.some((l) => l.name) ? [{ title: '姓名', key: 'name', width: 110, render: (_v: unknown, r: MismatchLine) => r.name }] : []),
    { title: `第一遍（${first.clerk}）`, key: 'first', render: (_v, r) => r.first },
    { title: `第二遍（${second.clerk}）`, key: 'second', render: (_v, r) => r.second },
  ];

  return (
    <div className="panel mismatch-item" data-testid={`mismatch-${ticketNo}`}>
      <div className="mismatch-head">
        <Space size={16} wrap>
          <Typography.Text strong className="mono">票号 {ticketNo}</Typography.Text>
          <span>
            评委类别：{categoryName(first.category)}
            {categoryDiffers && <span className="text-danger"> ／ {categoryName(second.category)}（不一致）</span>}
          </span>
          <span className="text-danger">{differing} 行不一致</span>
        </Space>
        <Button type="link" onClick={props.onToggle}>{expanded ? '收起' : '核对'}</Button>
      </div>
      {expanded && (
        <>
          <Table size="small" rowKey="key" columns={columns} dataSource={[...lines]} pagination={false} rowClassName={(r) => (r.differs ? 'row-differs' : '')} className="mismatch-compare" />
          <Typography.Title level={5}>核定结果（按纸质票）</Typography.Title>
          <Space style={{ marginBottom: 8 }}>
            <span>评委类别</span>
            <Select
              aria-label="核定评委类别"
              value={props.category}
              placeholder="请选定"
              style={{ width: 200 }}
              onChange={props.onCategory}
              options={categories.map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
            />
          </Space>
          {props.children}
          {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
          <Button type="primary" style={{ marginTop: 8 }} loading={saving} onClick={() => void settle()}>
            核定并计票
          </Button>
        </>
      )}
    </div>
  );
}
