import { DeleteOutlined, FlagOutlined, PlusOutlined, PrinterOutlined, ReloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { publicityStatusLabels, type PublicityFields, type PublicityObjection, type PublicityView } from '../../../../shared/publicity';
import { QueryError } from '../../../components/QueryError';
import { YearBar } from '../../../components/YearBar';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { useChannelMutation, useChannelQuery } from '../../../hooks/api-hooks';
import { navigate } from '../../../router/hash-router';
import { useSelectedYear } from '../common/use-selected-year';
import { yearPlaceholder } from '../common/YearPlaceholder';
import { ObjectionDialog, type ObjectionTarget } from './ObjectionDialog';
import { PublicityForm } from './PublicityForm';
import './annual-publicity.css';

/**
 * 优秀公示 (DOMAIN §9.1): the year's 优秀等次公示 made from the confirmed 优秀 list, its words and
 * period, the names, 发布/结束, printing, and the 异议 received with their outcome. While it runs or an
 * objection is open, 「确认并锁定年度」 waits (the lock gate's words are shown here too).
 */
export function PublicityPage() {
  const { year, select, years } = useSelectedYear();
  const query = useChannelQuery('publicity.get', { year: year ?? 0 }, { enabled: year !== undefined });
  const view = query.data?.year === year ? query.data : undefined;
  let body;
  const placeholder = yearPlaceholder(years, year);
  if (placeholder) body = placeholder;
  else if (query.isError) body = <QueryError error={query.error} />;
  else if (!view) body = <Spin size="large" className="shell-loading" />;
  else body = <PublicityBody key={`${view.year}:${view.publicity?.updatedAt ?? 'new'}`} view={view} />;
  return (
    <div className="page-fill publicity-page">
      <div className="panel">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>优秀公示</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
            {view?.publicity && (
              <Tag color={view.publicity.effective === 'published' ? 'processing' : view.publicity.effective === 'ended' ? 'success' : 'default'} data-testid="publicity-status">
                {publicityStatusLabels[view.publicity.effective]}
              </Tag>
            )}
          </Space>
        </div>
      </div>
      {body}
    </div>
  );
}

function PublicityBody({ view }: { view: PublicityView }) {
  const { modal } = App.useApp();
  const p = view.publicity;
  const initial: PublicityFields = p
    ? { title: p.title, body: p.body, objectionText: p.objectionText, phone: p.phone, address: p.address, signer: p.signer, signedOn: p.signedOn, start: p.start, workingDays: p.workingDays, calendar: p.calendar }
    : view.defaults;
  // the body is keyed by the 公示's last change, so a saved or new 公示 starts a fresh draft
  const [draft, setDraft] = useState<PublicityFields>(initial);
  const [objection, setObjection] = useState<ObjectionTarget | null>(null);
  const year = view.year;
  const create = useChannelMutation('publicity.create', { success: '已生成公示（草稿）' });
  const update = useChannelMutation('publicity.update', { success: '已保存' });
  const refresh = useChannelMutation('publicity.refreshNames', { success: '已按已确定的优秀等次更新名单' });
  const publish = useChannelMutation('publicity.publish', { success: '已发布公示' });
  const end = useChannelMutation('publicity.end', { success: '公示已结束' });
  const remove = useChannelMutation('publicity.delete', { success: '已删除公示草稿' });
  const readOnly = view.yearLocked || p?.status === 'ended';
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const names = p ? p.names : view.current;

  const askPublish = () => {
    modal.confirm({
      title: '发布公示',
      content: `以${draft.start}为发布日期发布公示（${names.length}人）。发布后公示期内及异议未办结前不能锁定年度。`,
      okText: '发布',
      cancelText: '取消',
      onOk: () => publish.mutateAsync({ year, on: p!.start }).catch(() => undefined),
    });
  };
  const askDelete = () => {
    modal.confirm({
      title: '删除公示草稿',
      content: '删除后可重新生成。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ year }).catch(() => undefined),
    });
  };

  const objectionColumns: TableColumnsType<PublicityObjection> = [
    { title: '收到日期', dataIndex: 'receivedOn', width: 96 },
    { title: '反映人', dataIndex: 'raisedBy', width: 64, ellipsis: true, render: (v: string) => v || <span className="pub-muted">匿名</span> },
    { title: '涉及人员', dataIndex: 'personName', width: 76, ellipsis: true, render: (v: string) => v || '公示整体' },
    { title: '异议内容', dataIndex: 'content', ellipsis: true },
    {
      title: '处理结果', dataIndex: 'outcome', width: 100,
      render: (v: string, o) => (v ? <Tag color="green" title={`${o.resolvedOn ?? ''}办结：${o.handling}`}>{v}</Tag> : <Tag color="orange">未办结</Tag>),
    },
    {
      title: '操作', key: 'op', width: 56,
      render: (_v, o) => (
        <Button type="link" size="small" disabled={view.yearLocked} onClick={() => setObjection({ kind: 'edit', objection: o })}>
          {o.outcome ? '修改' : '处理'}
        </Button>
      ),
    },
  ];

  return (
    <>
      {view.yearLocked && <YearLockedBanner year={year} scope="本年度的优秀公示和异议" />}
      <div className="pub-columns">
        <div className="panel pub-left">
          <div className="pub-section-head">
            <Typography.Text strong>公示内容</Typography.Text>
            <Space size={8} wrap>
              {!p && (
                <Button type="primary" icon={<PlusOutlined />} loading={create.isPending} disabled={view.yearLocked || view.current.length === 0} onClick={() => create.mutate({ year, fields: draft })}>
                  生成公示
                </Button>
              )}
              {p && !readOnly && (
                <Button icon={<SaveOutlined />} disabled={!dirty} loading={update.isPending} onClick={() => update.mutate({ year, fields: draft })}>
                  保存
                </Button>
              )}
              {p && (
                <Button icon={<PrinterOutlined />} disabled={dirty} onClick={() => navigate(`/annual/publicity-print?year=${year}`)}>
                  打印公示
                </Button>
              )}
              {p?.status === 'draft' && !view.yearLocked && (
                <>
                  <Button type="primary" icon={<SendOutlined />} disabled={dirty} loading={publish.isPending} onClick={askPublish}>
                    发布公示
                  </Button>
                  <Button danger icon={<DeleteOutlined />} onClick={askDelete}>
                    删除草稿
                  </Button>
                </>
              )}
              {p?.status === 'published' && !view.yearLocked && (
                <Button icon={<FlagOutlined />} disabled={p.effective !== 'ended'} title={p.effective !== 'ended' ? `公示期至${p.end}，期满后方可结束` : undefined} loading={end.isPending} onClick={() => end.mutate({ year, on: view.today })}>
                  结束公示
                </Button>
              )}
            </Space>
          </div>
          {!p && view.current.length === 0 && (
            <Alert type="info" showIcon title="本年度还没有确定为优秀等次的人员。请先在「综合评定」中确定等次，再生成公示。" />
          )}
          <div className="pub-scroll">
            <PublicityForm value={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} readOnly={readOnly} />
          </div>
        </div>
        <div className="pub-right">
          <div className="panel pub-names">
            <div className="pub-section-head">
              <Typography.Text strong>{`公示名单（${names.length}人）`}</Typography.Text>
              {p && p.publishedOn && <Typography.Text type="secondary">{`${p.publishedOn}发布，公示期至${p.end}`}</Typography.Text>}
            </div>
            {view.stale && p && (
              <Alert
                type="warning"
                showIcon
                className="pub-stale"
                title={`生成公示后优秀等次人员有变化（现为${view.current.length}人：${view.current.map((n) => n.name).join('、') || '无'}）`}
                action={!readOnly && (
                  <Button size="small" icon={<ReloadOutlined />} loading={refresh.isPending} onClick={() => refresh.mutate({ year })}>
                    更新名单
                  </Button>
                )}
              />
            )}
            <Table
              size="small"
              rowKey="personId"
              pagination={false}
              dataSource={names}
              scroll={{ y: 'max(200px, calc(100vh - 560px))' }}
              data-testid="publicity-names"
              columns={[
                { title: '序号', key: 'no', width: 56, render: (_v, _r, i) => i + 1 },
                { title: '姓名', dataIndex: 'name', width: 90 },
                { title: '单位', dataIndex: 'unitName', ellipsis: true },
                { title: '职务', dataIndex: 'post', ellipsis: true },
              ]}
            />
          </div>
          <div className="panel pub-objections">
            <div className="pub-section-head">
              <Typography.Text strong>{`异议登记（${view.objections.length}件）`}</Typography.Text>
              <Button icon={<PlusOutlined />} disabled={!p || p.status === 'draft' || view.yearLocked} onClick={() => setObjection({ kind: 'new' })}>
                登记异议
              </Button>
            </div>
            {view.lockRefusal && <Alert type="warning" showIcon className="pub-gate" title={view.lockRefusal} data-testid="publicity-gate" />}
            <Table size="small" rowKey="id" pagination={false} dataSource={view.objections} columns={objectionColumns} scroll={{ y: 160 }} data-testid="publicity-objections" />
          </div>
        </div>
      </div>
      <ObjectionDialog year={year} target={objection} names={names} outcomes={view.outcomes} today={view.today} onClose={() => setObjection(null)} />
    </>
  );
}
