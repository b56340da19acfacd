import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { EventBasicsForm, type BasicsDraft } from '../../../components/EventBasicsForm';
import { useEvaluationPresets } from '../../../hooks/evaluation-hooks';
import { ballotTitle, formLabels } from '../evaluation-labels';
import { ReviewPeriodField } from '../reviews/ReviewPeriodField';

/**
 * 基本信息: name, date and the unit in the ballot title; the year and the preset are fixed at creation.
 * A 科室评议 also has its 评议周期 here (DOMAIN.md §8.4).
 */
export function BasicsTab(props: {
  event: EvaluationEvent;
  draft: BasicsDraft;
  onChange: (next: BasicsDraft) => void;
  period: string | null;
  onPeriod: (period: string) => void;
  readOnly: boolean;
}) {
  const { event, draft, period } = props;
  const presets = useEvaluationPresets();
  const presetName = presets.data?.find((p) => p.key === event.presetKey)?.name ?? '';
  const noun = period == null ? '测评' : '评议';
  return (
    <EventBasicsForm
      year={event.year}
      draft={draft}
      onChange={props.onChange}
      readOnly={props.readOnly}
      labels={{ name: `${noun}名称`, year: '考核年度', date: `${noun}日期` }}
      labelWidth={150}
      maxWidth={760}
      more={[
        ...(period == null ? [] : [{ key: 'period', label: '评议周期', children: <ReviewPeriodField year={event.year} value={period} onChange={props.onPeriod} disabled={props.readOnly} /> }]),
        { key: 'title', label: `${noun}票标题`, children: ballotTitle({ unitTitle: draft.unitTitle, year: event.year, reviewPeriod: period }) },
        { key: 'preset', label: `${noun}方案`, children: `${presetName || '自定义'}（${formLabels[event.config.form]}）` },
      ]}
    />
  );
}
