import { Alert, Button, InputNumber, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import type { EvaluationStatus } from '../../shared/contract/evaluation';
import type { RaterCategory } from '../../shared/evaluation';
import { useChannelMutation } from '../hooks/api-hooks';
import { useYearLocked } from '../hooks/use-year-lock';
import type { BallotEventKind } from './BallotStatusControls';
import './ballot-event.css';

type Attendance = Record<string, number | null>;

export interface AttendanceEvent {
  readonly id: number;
  readonly year: number;
  readonly status: EvaluationStatus;
  readonly attendance: Readonly<Record<string, number>>;
  readonly config: { readonly categories: readonly RaterCategory[] };
}

const fromEvent = (event: AttendanceEvent): Attendance => Object.fromEntries(event.config.categories.map((c) => [c.code, event.attendance[c.code] ?? null]));

/** The 实到人数 typed, blanks left out (a blank category counts its 收回票数). */
export function attendanceToSave(values: Readonly<Attendance>): Record<string, number> {
  const attendance: Record<string, number> = {};
  for (const [code, n] of Object.entries(values)) if (n !== null) attendance[code] = n;
  return attendance;
}

/**
 * 实到人数 per 评委类别 of a 测评 or 推荐, entered on the day; open until the event is closed (or its
 * 考核年度 locked). Blank = 收回票数.
 */
export function AttendanceEditor(props: { kind: BallotEventKind; event: AttendanceEvent; intro: string; numberWidth: number }) {
  const { event, numberWidth } = props;
  const [values, setValues] = useState<Attendance>(() => fromEvent(event));
  const save = useChannelMutation(`${props.kind}.setAttendance`, { success: '已保存实到人数' });
  const yearLocked = useYearLocked(event.year);
  const closed = event.status === 'closed' || yearLocked;
  useEffect(() => setValues(fromEvent(event)), [event]);

  const columns: TableColumnsType<RaterCategory> = [
    { title: '代码', dataIndex: 'code', width: 80, align: 'center' },
    { title: '评委类别', dataIndex: 'name' },
    { title: '应到人数', dataIndex: 'expected', width: numberWidth, align: 'right' },
    { title: '发出票数', dataIndex: 'issued', width: numberWidth, align: 'right' },
    {
      title: '实到人数',
      key: 'present',
      width: 160,
      render: (_v, c) => (
        <InputNumber
          aria-label={`${c.name}实到人数`}
          value={values[c.code] ?? null}
          min={0}
          precision={0}
          disabled={closed}
          placeholder="按收回票数"
          onChange={(v) => setValues({ ...values, [c.code]: typeof v === 'number' ? v : null })}
          style={{ width: '100%' }}
        />
      ),
    },
  ];

  const overExpected = event.config.categories.filter((c) => c.expected > 0 && (values[c.code] ?? 0) > c.expected);

  return (
    <div className="setup-section">
      <Typography.Paragraph type="secondary">{props.intro}</Typography.Paragraph>
      <Table<RaterCategory> size="small" rowKey="code" columns={columns} dataSource={[...event.config.categories]} pagination={false} style={{ maxWidth: 760 }} />
      {overExpected.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 12, maxWidth: 760 }} title={`${overExpected.map((c) => c.name).join('、')}的实到人数多于应到人数，请核对`} />
      )}
      <Button type="primary" style={{ marginTop: 12 }} disabled={closed} loading={save.isPending} onClick={() => save.mutate({ id: event.id, attendance: attendanceToSave(values) })}>
        保存实到人数
      </Button>
    </div>
  );
}
