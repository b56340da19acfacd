import { AutoComplete, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { OrderButtons } from '../../../components/OrderButtons';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useUnits } from '../../../hooks/data-hooks';
import { addTargets, groupSuggestions, sortByPost, sortBySurnameStrokes, targetKey, type TargetDraft } from '../target-order';
import { eventWords, targetPost } from '../evaluation-labels';
import { RosterPicker } from './RosterPicker';
import { UnitTargetPicker } from './UnitTargetPicker';

const fromEvent = (event: EvaluationEvent): TargetDraft[] =>
  [...event.targetList]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((t) => ({ key: targetKey(t), personId: t.personId, unitId: t.unitId, name: t.name, post: t.post, unitName: t.unitName, group: t.group }));

const sameList = (a: readonly TargetDraft[], b: readonly TargetDraft[]) => a.length === b.length && a.every((t, i) => t.key === b[i]!.key && t.group === b[i]!.group);

/**
 * 测评对象: picked from the roster, in ballot order (by post, by 姓氏笔画, or by hand), with a ranking group each.
 * A 科室评议 rates units: they are picked from the unit tree, with neither post nor group (DOMAIN.md §8.4).
 */
export function TargetsTab(props: { event: EvaluationEvent; readOnly: boolean; onDirtyChange: (dirty: boolean) => void }) {
  const { event, readOnly, onDirtyChange } = props;
  const saved = useMemo(() => fromEvent(event), [event]);
  const [list, setList] = useState<TargetDraft[]>(saved);
  const units = useUnits();
  const words = eventWords(event);
  const { review, count } = words;
  const save = useChannelMutation('evaluation.setTargets', { success: (e) => `已保存${review ? '评议' : '测评'}对象，共 ${e.targetList.length} ${count}` });
  const dirty = !sameList(list, saved);

  useEffect(() => setList(saved), [saved]);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // the people among the 测评对象 (a unit's 领导班子 is chosen by its unit)
  const chosenPeople = useMemo(() => new Set(list.flatMap((t) => (t.personId != null ? [t.personId] : []))), [list]);
  const groups = useMemo(() => {
    const inUse = list.map((t) => t.group).filter(Boolean);
    return [...new Set([...inUse, ...groupSuggestions])].map((g) => ({ value: g }));
  }, [list]);
  const setGroup = (i: number, group: string) => setList(list.map((t, j) => (j === i ? { ...t, group: group.slice(0, 20) } : t)));

  const chosenUnits = useMemo(() => new Set(list.flatMap((t) => (t.unitId != null ? [t.unitId] : []))), [list]);
  const actions: TableColumnsType<TargetDraft>[number] = {
    title: '操作',
    key: 'actions',
    width: 100,
    align: 'center',
    render: (_v, t, i) => <OrderButtons list={list} index={i} onChange={setList} name={t.name} removeWord="移除" minLength={0} disabled={readOnly} />,
  };
  const reviewColumns: TableColumnsType<TargetDraft> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _t, i) => i + 1 },
    { title: words.nameHead, dataIndex: 'name' },
    { title: words.postHead, dataIndex: 'unitName', width: 160, ellipsis: true },
    actions,
  ];
  const columns: TableColumnsType<TargetDraft> = [
    { title: '序号', key: 'no', width: 56, align: 'center', render: (_v, _t, i) => i + 1 },
    { title: '姓名', dataIndex: 'name', width: 96 },
    { title: '职务', key: 'post', ellipsis: true, render: (_v, t) => targetPost(t) },
    { title: '单位', dataIndex: 'unitName', width: 100, ellipsis: true },
    {
      title: '排名分组',
      key: 'group',
      width: 120,
      render: (_v, t, i) => (
        <AutoComplete
          value={t.group}
          options={groups}
          disabled={readOnly}
          onChange={(v: string) => setGroup(i, v)}
          placeholder="如正职、副职"
          aria-label={`${t.name}排名分组`}
          style={{ width: '100%' }}
          showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input) }}
        />
      ),
    },
    actions,
  ];

  return (
    <div className="targets-tab">
      {!readOnly &&
        (review ? (
          <UnitTargetPicker units={units.data ?? []} chosen={chosenUnits} onAdd={(more) => setList(addTargets(list, more))} disabled={readOnly} />
        ) : (
          <RosterPicker units={units.data ?? []} chosenPeople={chosenPeople} onAdd={(more) => setList(addTargets(list, more))} disabled={readOnly} />
        ))}
      <div className="targets-list">
        <div className="targets-list-head">
          <Typography.Title level={5} style={{ margin: 0 }}>
            {review ? '评议' : '测评'}对象（<span data-testid="target-count">{list.length}</span> {count}，按{review ? '评议' : '测评'}票上的顺序）
          </Typography.Title>
          <Space wrap hidden={review}>
            <Button size="small" disabled={readOnly || list.length < 2} onClick={() => setList(sortByPost(list))}>
              按职务排序
            </Button>
            <Button size="small" disabled={readOnly || list.length < 2} onClick={() => setList(sortBySurnameStrokes(list))}>
              按姓氏笔画排序
            </Button>
          </Space>
        </div>
        <Table<TargetDraft>
          size="small"
          rowKey="key"
          columns={review ? reviewColumns : columns}
          dataSource={list}
          pagination={false}
          scroll={{ y: 420 }}
          locale={{ emptyText: review ? '还没有评议对象，请从左侧选择科室和单位' : '还没有测评对象，请从左侧花名册中选择' }}
        />
        {!readOnly && (
          <Space>
            <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={() => save.mutate({ id: event.id, targets: list.map((t) => ({ personId: t.personId, unitId: t.unitId, group: t.group.trim() })) })}>
              保存{review ? '评议' : '测评'}对象
            </Button>
            <Button disabled={!dirty} onClick={() => setList(saved)}>
              撤销修改
            </Button>
            {dirty && <Typography.Text type="warning">{review ? '评议' : '测评'}对象有修改，尚未保存</Typography.Text>}
          </Space>
        )}
      </div>
    </div>
  );
}
