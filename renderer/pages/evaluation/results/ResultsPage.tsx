import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Segmented, Space, Spin, Table, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { roundingRule } from '../../../../shared/numbers';
import { legacyResultsNote } from '../../../../shared/evaluation/frozen-results';
import { redLineRuleTexts } from '../../../../shared/evaluation/red-lines';
import type { TargetResult } from '../../../../shared/evaluation/results';
import { QueryError } from '../../../components/QueryError';
import { invoke } from '../../../api';
import { useFileExport } from '../../../hooks/use-file-export';
import { useEvaluation, useEvaluationResults } from '../../../hooks/evaluation-hooks';
import { EventHeader } from '../EventHeader';
import { eventWords } from '../evaluation-labels';
import { useEventId } from '../use-event-id';
import { lazyComponent } from '../../../shell/lazy-page';
import { cellOf, resultColumns } from './results-columns';
import { SessionFigures } from './SessionFigures';
import '../evaluation.css';
import './results.css';

// ECharts is fetched when the chart is drawn: the tables show without waiting for it.
const LevelChart = lazyComponent(() => import('./LevelChart'), 'LevelChart');

const quorumText = (q: EvaluationEvent['config']['quorum']) => {
  const names: Record<string, string> = { '1/2': '二分之一', '2/3': '三分之二', '3/4': '四分之三', '4/5': '五分之四' };
  return `${q.inclusive ? '达到' : '超过'}应到人数的${names[`${q.numerator}/${q.denominator}`] ?? `${q.numerator}/${q.denominator}`}`;
};

/** 测评结果: live while ballots come in (refreshes every few seconds), final once closed. */
export function ResultsPage() {
  const id = useEventId();
  const event = useEvaluation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <ResultsBody event={event.data} />;
}

function ResultsBody({ event }: { event: EvaluationEvent }) {
  const round = event.status === 'test' ? 'test' : 'live';
  const results = useEvaluationResults(event.id, round, event.status);
  const [view, setView] = useState<string>('__total');
  const { busy: exporting, run: runExport } = useFileExport();
  const config = event.config;
  const category = view === '__total' ? null : view;
  const data = results.data;
  const columns = useMemo(() => {
    const byId = new Map(event.targetList.map((t) => [t.id, t]));
    const words = eventWords(event);
    const postOf = (r: { readonly targetId: number; readonly post: string }) => {
      const t = byId.get(r.targetId);
      return t ? words.postOf(t) : r.post;
    };
    return resultColumns(config, category, { nameHead: words.nameHead, postHead: words.postHead, postOf, grouped: !words.review });
  }, [config, category, event]);

  const chart = useMemo(() => {
    const targets = data?.targets ?? [];
    return {
      names: targets.map((t) => t.name),
      series: config.levels.map((l) => ({ name: l.name, values: targets.map((t) => cellOf(t, category)?.votes[l.code] ?? 0) })),
      abstain: targets.map((t) => cellOf(t, category)?.abstain ?? 0),
    };
  }, [data, config.levels, category]);

  const ruleTexts = config.bands.length > 0 ? redLineRuleTexts(config) : [];
  const suggestionRule = ruleTexts.length > 0 ? `建议等次按综合得分对照分数段得出；按测评票所列规定，${ruleTexts.join('，')}。` : '';

  const exportResults = () => runExport(() => invoke('evaluation.exportResults', { id: event.id }));

  const total = data?.sessionTotal;
  return (
    <div className="page-fill evaluation-page results-page">
      <EventHeader event={event} page="results" />
      {results.isError && <QueryError error={results.error} />}
      {!data && results.isPending && <Spin size="large" className="shell-loading" />}
      {data && total && (
        <>
          {data.overReturned && (
            <Alert type="error" showIcon data-testid="over-returned" title="收回票数多于发出票数，本次测评无效" description={`发出 ${total.issued} 张，收回 ${total.returned} 张。请查明原因，按规定重新组织测评。`} />
          )}
          {legacyResultsNote(data) && <Alert type="info" showIcon data-testid="legacy-results" title="本测评的结果由更新前的计票程序冻结" description={legacyResultsNote(data)} />}
          {!data.quorumMet && (
            <Alert
              type="error"
              showIcon
              data-testid="quorum-alert"
              title="到会人数未达到要求，测评结果不能作为依据"
              description={`应到 ${total.expected} 人，实到 ${total.present} 人；要求实到人数${quorumText(config.quorum)}。`}
            />
          )}
          <div className="panel">
            <div className="page-title">
              <Space align="baseline" size={12} wrap>
                <Typography.Title level={5} style={{ margin: 0 }}>
                  {round === 'test' ? '测试票统计（演练）' : event.status === 'closed' ? '最终结果' : '实时结果'}
                </Typography.Title>
                {event.status === 'live' || event.status === 'test' ? <Typography.Text type="secondary">每 3 秒自动刷新</Typography.Text> : null}
              </Space>
              <Button icon={<ExportOutlined />} loading={exporting !== null} onClick={() => void exportResults()} disabled={round === 'test'}>
                导出统计表
              </Button>
            </div>
            <SessionFigures config={config} results={data} />
          </div>
          <div className="panel">
            <div className="page-title" style={{ marginBottom: 12 }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {eventWords(event).targets}得票
              </Typography.Title>
              <Segmented
                value={view}
                onChange={(v) => setView(v)}
                options={[{ value: '__total', label: '合计' }, ...config.categories.map((c) => ({ value: c.code, label: c.name }))]}
                aria-label="评委类别"
                className="results-view"
              />
            </div>
            <Table<TargetResult>
              size="small"
              bordered
              rowKey="targetId"
              columns={columns}
              dataSource={data.targets}
              pagination={false}
              scroll={{ x: 'max-content' }}
              rowClassName={(t) => (t.redLines.lowApproval || t.redLines.highFail ? 'row-red-line' : '')}
              locale={{ emptyText: `还没有${eventWords(event).targets}` }}
              data-testid="results-table"
            />
            <Typography.Text type="secondary" className="rounding-note">
              说明：{roundingRule}。{category === null ? '综合得分按各评委类别权重计算，无票的类别不计入，权重按比例折算。' : ''}
              {config.form !== 'score' ? '弃权为未划等次的有效票（只评分、未划等次的也计入），各等次票数与弃权之和等于有效票。' : ''}
              {category === null && suggestionRule ? suggestionRule : ''}
            </Typography.Text>
          </div>
          {config.form !== 'score' && data.targets.length > 0 && (
            <div className="panel">
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                等次分布（{category === null ? '合计' : config.categories.find((c) => c.code === category)?.name}）
              </Typography.Title>
              <Suspense fallback={<div className="level-chart" />}>
                <LevelChart names={chart.names} series={chart.series} abstain={chart.abstain} />
              </Suspense>
            </div>
          )}
        </>
      )}
    </div>
  );
}
