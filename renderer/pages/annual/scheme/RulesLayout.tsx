import { InputNumber, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { AnnualRules } from '../../../../shared/annual/rules';

/** What each part of the 计分规则 form gets: the draft rules and how to change some of them. */
export interface RulesPartProps {
  readonly rules: AnnualRules;
  readonly set: (change: Partial<AnnualRules>) => void;
}

/** One labelled line of the form, with its note under the control. */
export function RulesRow({ label, children, note }: { label: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="setting-row">
      <span className="setting-label">{label}</span>
      <div className="setting-body">
        {children}
        {note && <div className="setting-note">{note}</div>}
      </div>
    </div>
  );
}

export function RulesSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rules-section">
      <Typography.Title level={5} className="rules-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** A whole number inside a sentence of the form: 「至少 [3] 个季度有等次…」. */
export function CountInSentence(props: {
  before: ReactNode;
  after: ReactNode;
  ariaLabel: string;
  min: number;
  max: number;
  value: number | null;
  onChange: (v: number | null) => void;
  width: number;
  placeholder?: string;
  wrap?: boolean;
}) {
  return (
    <Space size={4} wrap={props.wrap}>
      {props.before}
      <InputNumber
        aria-label={props.ariaLabel}
        size="small"
        min={props.min}
        max={props.max}
        precision={0}
        value={props.value}
        placeholder={props.placeholder}
        onChange={props.onChange}
        style={{ width: props.width }}
      />
      {props.after}
    </Space>
  );
}
