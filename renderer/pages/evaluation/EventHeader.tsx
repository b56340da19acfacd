import { ArrowLeftOutlined, DesktopOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { EvaluationEvent } from '../../../shared/contract/evaluation';
import { EnterKioskDialog } from '../../components/EnterKioskDialog';
import { YearLockedBanner } from '../../components/YearLockedBanner';
import { useYearLocked } from '../../hooks/use-year-lock';
import { navigate } from '../../router/hash-router';
import { statusColors, statusLabels, testModeBanner, yearLabel } from './evaluation-labels';
import { kioskPath } from './kiosk-lock';
import { StatusControls } from './StatusControls';
import { eventHref } from './use-event-id';

export type EventPage = 'setup' | 'print' | 'entry' | 'results';

const pages: readonly { value: EventPage; label: string }[] = [
  { value: 'setup', label: '测评设置' },
  { value: 'print', label: '打印测评票' },
  { value: 'entry', label: '纸质票录入' },
  { value: 'results', label: '测评结果' },
];

/** The top of every page of one 测评活动: name, status, its pages, the status actions, the test banner and the 归档 banner. */
export function EventHeader(props: { event: EvaluationEvent; page: EventPage }) {
  const { event, page } = props;
  const [kiosk, setKiosk] = useState(false);
  const yearLocked = useYearLocked(event.year);
  return (
    <div className="panel event-header">
      <div className="event-header-row">
        <Space size={10} align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/evaluation')} aria-label="返回测评列表" title="返回测评列表" />
          <Typography.Title level={4} className="event-title">{event.name}</Typography.Title>
          <Tag color={statusColors[event.status]} data-testid="event-status">{statusLabels[event.status]}</Tag>
          <Typography.Text type="secondary">
            {yearLabel(event.year)} · {event.date} · 测评对象 {event.targetList.length} 人
          </Typography.Text>
        </Space>
        <StatusControls event={event} />
      </div>
      <div className="event-header-row">
        <Segmented<EventPage> value={page} options={[...pages]} onChange={(p) => navigate(eventHref(p, event.id))} />
        <Button icon={<DesktopOutlined />} onClick={() => setKiosk(true)} disabled={event.status === 'closed' || yearLocked}>
          现场测评
        </Button>
      </div>
      {yearLocked && <YearLockedBanner year={event.year} style={{ marginTop: 2 }} />}
      {event.status === 'test' && <Alert type="warning" showIcon title={testModeBanner} className="test-banner" data-testid="test-banner" />}
      <EnterKioskDialog open={kiosk} event={event} kioskPath={kioskPath} words={{ noun: '测评', ballot: '测评票', status: statusLabels[event.status] }} onClose={() => setKiosk(false)} />
    </div>
  );
}
