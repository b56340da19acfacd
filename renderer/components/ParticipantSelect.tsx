import { Select } from 'antd';
import { useMemo } from 'react';
import type { Participant } from '../../shared/annual';

interface Option {
  value: number;
  label: string;
  /** what typing searches: name, unit and post */
  search: string;
}

interface Common {
  /** the 考核年度's participants, the only people offered */
  participants: readonly Participant[];
  ariaLabel: string;
  placeholder: string;
  /** what the list says when nothing typed matches */
  notFound: string;
  className?: string;
}
export type ParticipantSelectProps = Common &
  ({ multiple?: false; value: number | undefined; onChange: (personId: number | undefined) => void } | { multiple: true; value: readonly number[]; onChange: (personIds: number[]) => void });

/**
 * One or several of the year's participants, found by typing part of the name, the unit or the post
 * (「张三（办公室·科员）」): the person of a 加减分 or 处分 record, the people of a 登记表.
 */
export function ParticipantSelect(props: ParticipantSelectProps) {
  const { participants, ariaLabel, placeholder, notFound, className } = props;
  const options = useMemo<Option[]>(
    () => participants.map((p) => ({ value: p.personId, label: `${p.name}（${p.unitName}${p.post ? `·${p.post}` : ''}）`, search: `${p.name}${p.unitName}${p.post}` })),
    [participants],
  );
  const common = {
    'aria-label': ariaLabel,
    options,
    showSearch: { filterOption: (input: string, option?: Option) => (option?.search ?? '').includes(input.trim()) },
    placeholder,
    notFoundContent: notFound,
    allowClear: true,
    className,
    style: className ? undefined : { width: '100%' },
  };
  if (props.multiple) {
    const { onChange } = props;
    return <Select<number[], Option> {...common} mode="multiple" maxTagCount="responsive" value={[...props.value]} onChange={(v) => onChange(v)} />;
  }
  const { onChange } = props;
  return <Select<number, Option> {...common} value={props.value} onChange={(v) => onChange(v)} />;
}
