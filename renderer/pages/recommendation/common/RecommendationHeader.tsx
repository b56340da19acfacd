import { ArrowLeftOutlined, DesktopOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { recommendationKindLabels } from '../../../../shared/recommendation';
import { EnterKioskDialog } from '../../../components/EnterKioskDialog';
import { YearLockedBanner } from '../../../components/YearLockedBanner';
import { useYearLocked } from '../../../hooks/use-year-lock';
import { navigate } from '../../../router/hash-router';
import { recommendationHref } from '../recommendation-href';
import { statusColors, statusLabels, testModeBanner, yearLabel } from './recommendation-labels';
import { StatusControls } from './StatusControls';
import './recommendation.css';

export type HeaderPage = 'setup' | 'print' | 'entry' | 'results';

const pages: readonly { value: HeaderPage; label: string }[] = [
  { value: 'setup', label: '推荐设置' },
  { value: 'print', label: '打印推荐票' },
  { value: 'entry', label: '推荐票录入' },
  { value: 'results', label: '推荐结果' },
];

/** Where the kiosk of a 民主推荐 session lives (the shell keeps every route there while it lasts). */
export const recommendationKioskPath = '/recommendation/kiosk';

/** The top of every page of one 民主推荐: name, status, its pages, the status actions, 现场推荐, the test and 归档 banners. */
export function RecommendationHeader(props: { event: RecommendationEvent; page: HeaderPage }) {
  const { event, page } = props;
  const [kiosk, setKiosk] = useState(false);
  const yearLocked = useYearLocked(event.year);
  return (
    <div className="panel event-header">
      <div className="event-header-row">
        <Space size={10} align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/recommendation')} aria-label="返回推荐列表" title="返回推荐列表" />
          <Typography.Title level={4} className="event-title">{event.name}</Typography.Title>
          <Tag color={statusColors[event.status]} data-testid="event-status">{statusLabels[event.status]}</Tag>
          <Typography.Text type="secondary">
            {yearLabel(event.year)} · {event.date} · {recommendationKindLabels[event.kind]}
          </Typography.Text>
        </Space>
        <StatusControls event={event} />
      </div>
      <div className="event-header-row">
        <Segmented<HeaderPage> value={page} options={[...pages]} onChange={(p) => navigate(recommendationHref(p, event.id))} />
        <Button icon={<DesktopOutlined />} onClick={() => setKiosk(true)} disabled={event.status === 'closed' || yearLocked}>
          现场推荐
        </Button>
      </div>
      {yearLocked && <YearLockedBanner year={event.year} style={{ marginTop: 2 }} />}
      {event.status === 'test' && <Alert type="warning" showIcon title={testModeBanner} className="test-banner" data-testid="test-banner" />}
      <EnterKioskDialog
        open={kiosk}
        event={event}
        kioskPath={recommendationKioskPath}
        words={{ noun: '推荐', ballot: event.kind === 'approval' ? '赞成票' : '推荐票', status: statusLabels[event.status] }}
        onClose={() => setKiosk(false)}
      />
    </div>
  );
}
