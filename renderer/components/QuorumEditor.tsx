import { Select, Space } from 'antd';
import { quorumChoices, quorumOf, quorumValue } from './ballot-event-labels';
import { SetupRow } from './SetupRow';

export interface Quorum {
  readonly numerator: number;
  readonly denominator: number;
  readonly inclusive: boolean;
}

/** 到会要求: the share of 应到 that must attend, strictly over or at least (测评设置 规则, 推荐设置 评委类别). */
export function QuorumEditor(props: {
  quorum: Quorum;
  onChange: (next: Quorum) => void;
  readOnly: boolean;
  /** what happens when it is not met */
  note: string;
  /** the 「≥」 choice in the feature's words: 达到（≥）, 不少于（≥） */
  inclusiveLabel: string;
  /** the widths of the two selects */
  widths: readonly [number, number];
}) {
  const { quorum, onChange, readOnly, widths } = props;
  const set = (patch: Partial<Quorum>) => onChange({ ...quorum, ...patch });
  return (
    <SetupRow label="到会要求" note={props.note}>
      <Space wrap>
        <span>实到人数须</span>
        <Select
          aria-label="到会要求"
          value={quorum.inclusive ? 'inclusive' : 'strict'}
          disabled={readOnly}
          style={{ width: widths[0] }}
          onChange={(v) => set({ inclusive: v === 'inclusive' })}
          options={[
            { value: 'strict', label: '超过（＞）' },
            { value: 'inclusive', label: props.inclusiveLabel },
          ]}
        />
        <span>应到人数的</span>
        <Select aria-label="到会比例" value={quorumValue(quorum)} disabled={readOnly} style={{ width: widths[1] }} onChange={(v) => set(quorumOf(v))} options={quorumChoices} />
      </Space>
    </SetupRow>
  );
}
