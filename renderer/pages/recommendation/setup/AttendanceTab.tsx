import { Alert, Button, InputNumber, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import type { RaterCategory } from '../../../../shared/evaluation';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useYearLocked } from '../../../hooks/use-year-lock';

type Attendance = Record<string, number | null>;

const fromEvent = (event: RecommendationEvent): Attendance => Object.fromEntries(event.config.categories.map((c) => [c.code, event.attendance[c.code] ?? null]));

/** 实到人数 per 评委类别, entered on the day; open until the event is closed. Blank = 收回票数. */
export function AttendanceTab({ event }: { event: RecommendationEvent }) {
  const [values, setValues] = useState<Attendance>(() => fromEvent(event));
  const save = useChannelMutation('recommendation.setAttendance', { success: '已保存实到人数' });
  const yearLocked = useYearLocked(event.year);
  const closed = event.status === 'closed' || yearLocked;
  useEffect(() => setValues(fromEvent(event)), [event]);

  const columns: TableColumnsType<RaterCategory> = [
    { title: '代码', dataIndex: 'code', width: 80, align: 'center' },
    { title: '评委类别', dataIndex: 'name' },
    { title: '应到人数', dataIndex: 'expected', width: 110, align: 'right' },
    { title: '发出票数', dataIndex: 'issued', width: 110, align: 'right' },
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
  const submit = () => {
    const attendance: Record<string, number> = {};
    for (const [code, n] of Object.entries(values)) if (n !== null) attendance[code] = n;
    save.mutate({ id: event.id, attendance });
  };

  return (
    <div className="setup-section">
      <Typography.Paragraph type="secondary">
        推荐当天按签到情况填写各类别实到人数，用于判断到会人数是否达到要求和计算得票率（实到）。未填写的类别按收回票数计算。推荐结束前均可修改。
      </Typography.Paragraph>
      <Table<RaterCategory> size="small" rowKey="code" columns={columns} dataSource={event.config.categories} pagination={false} style={{ maxWidth: 760 }} />
      {overExpected.length > 0 && (
        <Alert type="warning" showIcon style={{ marginTop: 12, maxWidth: 760 }} title={`${overExpected.map((c) => c.name).join('、')}的实到人数多于应到人数，请核对`} />
      )}
      <Button type="primary" style={{ marginTop: 12 }} disabled={closed} loading={save.isPending} onClick={submit}>
        保存实到人数
      </Button>
    </div>
  );
}
