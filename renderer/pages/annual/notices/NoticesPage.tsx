import { LockOutlined, PrinterOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Input, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { QueryError } from '../../../components/QueryError';
import { YearBar } from '../../../components/YearBar';
import { useParticipants } from '../../../hooks/annual-hooks';
import { useUnits } from '../../../hooks/data-hooks';
import { navigate } from '../../../router/hash-router';
import { emptyScopeDraft, participantsInScope, ReportScopeFields, scopeOf, scopeSummary, type ScopeDraft } from '../../reports';
import { yearPlaceholder } from '../common/YearPlaceholder';
import { useSelectedYear } from '../common/use-selected-year';
import type { Participant } from '../../../../shared/annual';
import type { AnnualYear } from '../../../../shared/annual/views';
import type { Unit } from '../../../../shared/domain';
import { NoticeTemplateCard } from './NoticeTemplateCard';
import { noticePrintHref } from './notice-query';
import './notices-page.css';

/** The page's status line: whether the notices are final. */
export function noticeStatusText(year: Pick<AnnualYear, 'year' | 'status' | 'participants' | 'confirmed'>): string {
  if (year.status === 'locked') return `${year.year}年度考核已确认并锁定，通知书为正式文本。`;
  const left = year.participants - year.confirmed;
  return `${year.year}年度考核未锁定，仅供核对：此时打印的通知书每页带“样稿”水印${left > 0 ? `；尚有${left}人未确定等次，不出通知书` : ''}。锁定年度后再打印正式通知书。`;
}

/** 打印通知书: whom for, and for a locked year the 落款 and date of this print. */
function NoticesPrintCard(props: { year: AnnualYear; participants: readonly Participant[]; units: readonly Unit[] }) {
  const { year, participants, units } = props;
  const [draft, setDraft] = useState<ScopeDraft>(emptyScopeDraft);
  const [office, setOffice] = useState('');
  const [date, setDate] = useState('');
  const scope = scopeOf(draft);
  const covered = useMemo(() => participantsInScope(scope, participants, units).length, [scope, participants, units]);
  const locked = year.status === 'locked';
  return (
    <section className="panel rp-card" aria-label="打印通知书">
      <h3 className="rp-card-title">打印通知书</h3>
      <p className="rp-card-text">每人一页 A4，下方附回执（本人签字、日期），可打印或导出为一个PDF文件。</p>
      <ReportScopeFields noun="通知书" draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} groups={year.groups} participants={participants} units={units} />
      {locked && (
        <>
          <div className="rp-field">
            <span className="rp-label">落款</span>
            <Input aria-label="本次打印落款" value={office} onChange={(e) => setOffice(e.target.value)} placeholder="留空按通知书内容" className="rp-control" />
          </div>
          <div className="rp-field">
            <span className="rp-label">日期</span>
            <Input aria-label="本次打印日期" value={date} onChange={(e) => setDate(e.target.value)} placeholder="留空按通知书内容，例如 2027年1月15日" className="rp-control" />
          </div>
        </>
      )}
      <Typography.Text type={scope != null && covered > 0 ? 'secondary' : 'warning'} className="rp-scope-summary" data-testid="notices-scope-summary">
        {scopeSummary(draft, covered)}
        {!locked && scope != null && covered > 0 ? '（未确定等次的人员不出通知书）' : ''}
      </Typography.Text>
      <div className="rp-card-actions">
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          disabled={scope == null || covered === 0}
          onClick={() => scope && navigate(noticePrintHref({ year: year.year, scope, office: office.trim() || undefined, date: date.trim() || undefined }))}
        >
          {locked ? '打印预览 / 导出PDF' : '打印样稿'}
        </Button>
      </div>
    </section>
  );
}

/**
 * 考核结果通知书 (DOMAIN §9): the year's notice text (a template per year) and the batch print, one
 * A4 page per person, for everyone, a group, a unit or chosen people. Final once the year is locked;
 * before, a 样稿 with a watermark.
 */
export function NoticesPage() {
  const { year, select, years, detail, detailQuery } = useSelectedYear();
  const participants = useParticipants(year);
  const units = useUnits();
  let body;
  const placeholder = yearPlaceholder(years, year);
  if (placeholder) body = placeholder;
  else if (detailQuery.isError) body = <QueryError error={detailQuery.error} />;
  else if (participants.isError) body = <QueryError error={participants.error} />;
  else if (units.isError) body = <QueryError error={units.error} />;
  else if (!detail || detail.year !== year || !participants.data || !units.data) body = <Spin size="large" className="shell-loading" />;
  else {
    const final = detail.status === 'locked';
    const topUnit = units.data.find((u) => u.parentId == null)?.name ?? '';
    body = (
      <>
        <div className={`panel rp-status ${final ? 'rp-status-final' : 'rp-status-open'}`} data-testid="notices-status">
          {final ? <LockOutlined /> : <WarningOutlined />}
          <span className="rp-status-tag">{final ? '已锁定' : '未锁定，仅供核对'}</span>
          <span>{noticeStatusText(detail)}</span>
        </div>
        <div className="rp-cards">
          <NoticesPrintCard key={`print-${detail.year}`} year={detail} participants={participants.data} units={units.data} />
          <NoticeTemplateCard key={detail.year} year={detail} topUnit={topUnit} />
        </div>
      </>
    );
  }
  return (
    <div className="page-fill reports-page notices-page">
      <div className="panel">
        <div className="page-title">
          <Space size={12} align="center" wrap>
            <Typography.Title level={4}>考核结果通知书</Typography.Title>
            <YearBar year={year} years={years.data ?? []} onChange={select} />
          </Space>
        </div>
      </div>
      {body}
    </div>
  );
}
