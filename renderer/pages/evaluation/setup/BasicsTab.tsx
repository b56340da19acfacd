import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { EventBasicsForm, type BasicsDraft } from '../../../components/EventBasicsForm';
import { useEvaluationPresets } from '../../../hooks/evaluation-hooks';
import { ballotTitle, formLabels } from '../evaluation-labels';

/** 基本信息: name, date and the unit in the ballot title; the year and the preset are fixed at creation. */
export function BasicsTab(props: { event: EvaluationEvent; draft: BasicsDraft; onChange: (next: BasicsDraft) => void; readOnly: boolean }) {
  const { event, draft } = props;
  const presets = useEvaluationPresets();
  const presetName = presets.data?.find((p) => p.key === event.presetKey)?.name ?? '';
  return (
    <EventBasicsForm
      year={event.year}
      draft={draft}
      onChange={props.onChange}
      readOnly={props.readOnly}
      labels={{ name: '测评名称', year: '考核年度', date: '测评日期' }}
      labelWidth={150}
      maxWidth={760}
      more={[
        { key: 'title', label: '测评票标题', children: ballotTitle(draft.unitTitle, event.year) },
        { key: 'preset', label: '测评方案', children: `${presetName || '自定义'}（${formLabels[event.config.form]}）` },
      ]}
    />
  );
}
