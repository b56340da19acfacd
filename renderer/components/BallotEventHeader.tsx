import { ArrowLeftOutlined, DesktopOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { ballotStatusColors, ballotStatusLabels, testModeBannerFor, yearLabel } from './ballot-event-labels';
import { BallotStatusControls, type BallotEventKind, type StatusEvent, type StatusWords } from './BallotStatusControls';
import { EnterKioskDialog, type EnterKioskDialogProps } from './EnterKioskDialog';
import { YearLockedBanner } from './YearLockedBanner';
import { useYearLocked } from '../hooks/use-year-lock';
import { navigate } from '../router/hash-router';
import './ballot-event.css';

/** The pages of one ballot event, as its header's tabs: 设置, 打印…票, …录入, …结果. */
export type BallotEventPage = 'setup' | 'print' | 'entry' | 'results';

export type HeaderEvent = StatusEvent & EnterKioskDialogProps['event'] & { readonly name: string; readonly date: string };

/**
 * The top of every page of one 测评活动 or 民主推荐: back to the list, name, status, what the kind
 * shows after the date, the status actions, the pages, 现场测评 / 现场推荐, the test and 归档 banners.
 */
export function BallotEventHeader(props: {
  kind: BallotEventKind;
  event: HeaderEvent;
  page: BallotEventPage;
  /** the tabs' labels, in order */
  pages: readonly { value: BallotEventPage; label: string }[];
  hrefOf: (page: BallotEventPage, id: number) => string;
  /** the list page and the back button's name: 返回测评列表 */
  back: { readonly href: string; readonly label: string };
  /** after 「2026年度 · 2026-12-20 · 」 */
  summary: ReactNode;
  words: StatusWords;
  /** the ballot's name on the kiosk dialog: 测评票, 赞成票 */
  ballot: string;
  kioskPath: string;
  revalidate?: boolean;
}) {
  const { kind, event, page, words } = props;
  const [kiosk, setKiosk] = useState(false);
  const yearLocked = useYearLocked(event.year);
  const statusLabels = ballotStatusLabels(words.noun);
  return (
    <div className="panel event-header">
      <div className="event-header-row">
        <Space size={10} align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(props.back.href)} aria-label={props.back.label} title={props.back.label} />
          <Typography.Title level={4} className="event-title">{event.name}</Typography.Title>
          <Tag color={ballotStatusColors[event.status]} data-testid="event-status">{statusLabels[event.status]}</Tag>
          <Typography.Text type="secondary">
            {yearLabel(event.year)} · {event.date} · {props.summary}
          </Typography.Text>
        </Space>
        <BallotStatusControls kind={kind} event={event} words={words} revalidate={props.revalidate} />
      </div>
      <div className="event-header-row">
        <Segmented<BallotEventPage> value={page} options={[...props.pages]} onChange={(p) => navigate(props.hrefOf(p, event.id))} />
        <Button icon={<DesktopOutlined />} onClick={() => setKiosk(true)} disabled={event.status === 'closed' || yearLocked}>
          现场{words.noun}
        </Button>
      </div>
      {yearLocked && <YearLockedBanner year={event.year} style={{ marginTop: 2 }} />}
      {event.status === 'test' && <Alert type="warning" showIcon title={testModeBannerFor(words.noun)} className="test-banner" data-testid="test-banner" />}
      <EnterKioskDialog
        open={kiosk}
        event={event}
        kioskPath={props.kioskPath}
        words={{ noun: words.noun, ballot: props.ballot, status: statusLabels[event.status] }}
        onClose={() => setKiosk(false)}
      />
    </div>
  );
}
