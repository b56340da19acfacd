import { Button, Form, Input, Modal, Radio, Select, TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { TaskItemView, TaskNodeView } from '../../../shared/contract/tasks';
import type { Unit } from '../../../shared/domain';
import { nodeStatuses, nodeStatusLabels, taskKindLabels, type NodeStatus, type TaskKind } from '../../../shared/tasks';
import { DayPicker } from '../../components/DayPicker';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { today } from '../../components/step-dates';
import { buildUnitTree, type UnitNode } from '../../components/unit-tree';
import { errorText, useChannelMutation } from '../../hooks/api-hooks';
import { usePeople } from '../../hooks/data-hooks';
import { useDebounced } from '../../hooks/use-debounced';

/** What the dialog adds or edits. */
export type EditTarget =
  | { readonly mode: 'item'; readonly kind: TaskKind; readonly parentId: number | null; readonly afterId?: number | null; readonly item?: TaskItemView }
  | { readonly mode: 'node'; readonly taskId: number; readonly taskTitle: string; readonly afterId?: number | null; readonly node?: TaskNodeView };

interface ItemValues { title: string; measure: string; note: string; leadUnitId: number | null; assistUnitIds: number[]; personId: number | null }
interface NodeValues { name: string; dueOn: string | null; status: NodeStatus; doneOn: string | null; note: string }

interface TreeData { value: number; title: string; children: TreeData[] }
const toTreeData = (nodes: readonly UnitNode[]): TreeData[] => nodes.map((n) => ({ value: n.unit.id, title: n.unit.name, children: toTreeData(n.children) }));

/**
 * 新增/修改 a 目标, 项目, 任务 or 节点 (DOMAIN §8.1). Keyboard first: the first field has the focus,
 * Tab moves between fields, Enter saves; the tree gets the focus back on the saved row.
 */
export function TaskEditDialog(props: { year: number; target: EditTarget | null; units: readonly Unit[]; onClose: (savedKey?: string) => void }) {
  const { year, target, units, onClose } = props;
  const title = !target
    ? ''
    : target.mode === 'node'
      ? `${target.node ? '修改' : '新增'}节点（任务：${target.taskTitle}）`
      : `${target.item ? '修改' : '新增'}${taskKindLabels[target.kind]}`;
  return (
    <Modal title={title} open={target !== null} onCancel={() => onClose()} footer={null} destroyOnHidden maskClosable={false} width={target?.mode === 'item' && target.kind === 'task' ? 640 : 520}>
      {target?.mode === 'item' && <ItemForm year={year} target={target} units={units} onDone={onClose} />}
      {target?.mode === 'node' && <NodeForm target={target} onDone={onClose} />}
    </Modal>
  );
}

function Buttons(props: { busy: boolean; onCancel: () => void }) {
  return (
    <div className="task-form-buttons">
      <span className="task-form-hint">Enter 保存，Esc 取消</span>
      <Button onClick={props.onCancel}>取消</Button>
      <Button type="primary" htmlType="submit" loading={props.busy}>
        保存
      </Button>
    </div>
  );
}

function ItemForm(props: { year: number; target: Extract<EditTarget, { mode: 'item' }>; units: readonly Unit[]; onDone: (savedKey?: string) => void }) {
  const { year, target, units, onDone } = props;
  const [form] = Form.useForm<ItemValues>();
  const save = useChannelMutation('tasks.saveItem', { showError: false });
  const [error, setError] = useState<string | null>(null);
  const isTask = target.kind === 'task';
  const item = target.item;
  const initial: ItemValues = {
    title: item?.title ?? '', measure: item?.measure ?? '', note: item?.note ?? '',
    leadUnitId: item?.leadUnitId ?? null, assistUnitIds: item?.assistUnitIds ?? [], personId: item?.personId ?? null,
  };
  const treeData = useMemo(() => toTreeData(buildUnitTree(units)), [units]);
  const submit = (v: ItemValues) => {
    setError(null);
    save.mutate(
      {
        year, id: item?.id, kind: target.kind, parentId: target.parentId, afterId: target.afterId ?? null, title: v.title, measure: v.measure ?? '', note: v.note ?? '',
        leadUnitId: isTask ? (v.leadUnitId ?? null) : null, assistUnitIds: isTask ? (v.assistUnitIds ?? []) : [], personId: isTask ? (v.personId ?? null) : null,
      },
      { onSuccess: (out) => onDone(`${target.kind}:${out.id}`), onError: (e) => setError(errorText(e)) },
    );
  };
  return (
    <Form<ItemValues> form={form} layout="horizontal" labelCol={{ flex: '84px' }} initialValues={initial} onFinish={submit} className="task-form">
      <Form.Item name="title" label={isTask ? '任务' : '名称'} rules={[{ required: true, whitespace: true, message: `请填写${isTask ? '任务' : '名称'}` }]}>
        <Input autoFocus maxLength={300} aria-label={isTask ? '任务' : '名称'} />
      </Form.Item>
      {isTask && (
        <>
          <Form.Item name="measure" label="工作标准">
            <Input maxLength={500} aria-label="工作标准" placeholder="如：全流程网办率达到90%" />
          </Form.Item>
          <Form.Item name="leadUnitId" label="牵头单位" rules={[{ required: true, message: '请选择牵头单位' }]}>
            <UnitTreeSelect units={units} placeholder="请选择牵头单位" id="task-lead-unit" />
          </Form.Item>
          <Form.Item name="assistUnitIds" label="配合单位">
            <TreeSelect<number[]> treeData={treeData} multiple treeDefaultExpandAll showSearch={{ treeNodeFilterProp: 'title' }} placeholder="可选多个" aria-label="配合单位" allowClear />
          </Form.Item>
          <Form.Item name="personId" label="责任人">
            <PersonSelect initialName={item?.personName ?? null} />
          </Form.Item>
        </>
      )}
      <Form.Item name="note" label="备注">
        <Input maxLength={500} aria-label="备注" />
      </Form.Item>
      {error && <div className="task-form-error" role="alert">{error}</div>}
      <Buttons busy={save.isPending} onCancel={() => onDone()} />
    </Form>
  );
}

/** One person from the roster, searched by 姓名 or 拼音首字母. */
function PersonSelect(props: { value?: number | null; onChange?: (id: number | null) => void; initialName: string | null }) {
  const { value, onChange, initialName } = props;
  const [text, setText] = useState('');
  const debounced = useDebounced(text.trim(), 200);
  const people = usePeople({ text: debounced || undefined });
  const options = (people.data?.rows ?? []).slice(0, 50).map((p) => ({ value: p.id, label: `${p.name}（${p.unitName}）` }));
  if (value != null && initialName && !options.some((o) => o.value === value)) options.unshift({ value, label: initialName });
  return (
    <Select<number>
      aria-label="责任人"
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      placeholder="可不填；输入姓名或拼音首字母查找"
      options={options}
      notFoundContent="花名册中没有该人员"
    />
  );
}

function NodeForm(props: { target: Extract<EditTarget, { mode: 'node' }>; onDone: (savedKey?: string) => void }) {
  const { target, onDone } = props;
  const [form] = Form.useForm<NodeValues>();
  const save = useChannelMutation('tasks.saveNode', { showError: false });
  const [error, setError] = useState<string | null>(null);
  const node = target.node;
  const status = Form.useWatch('status', form);
  useEffect(() => {
    if (status === 'done' && !form.getFieldValue('doneOn')) form.setFieldValue('doneOn', today());
  }, [status, form]);
  const submit = (v: NodeValues) => {
    setError(null);
    if (!v.dueOn) return;
    save.mutate(
      { taskId: target.taskId, id: node?.id, afterId: target.afterId ?? null, name: v.name, dueOn: v.dueOn, status: v.status, doneOn: v.status === 'done' ? v.doneOn : null, note: v.note ?? '' },
      { onSuccess: (out) => onDone(`node:${out.id}`), onError: (e) => setError(errorText(e)) },
    );
  };
  return (
    <Form<NodeValues>
      form={form}
      labelCol={{ flex: '84px' }}
      initialValues={{ name: node?.name ?? '', dueOn: node?.dueOn ?? null, status: node?.status ?? 'todo', doneOn: node?.doneOn ?? null, note: node?.note ?? '' }}
      onFinish={submit}
      className="task-form"
    >
      <Form.Item name="name" label="节点内容" rules={[{ required: true, whitespace: true, message: '请填写节点内容' }]}>
        <Input autoFocus maxLength={300} aria-label="节点内容" placeholder="如：完成方案" />
      </Form.Item>
      <Form.Item name="dueOn" label="完成时限" rules={[{ required: true, message: '请选择完成时限' }]} getValueProps={(v: string | null) => ({ value: v })}>
        <DayField ariaLabel="完成时限" />
      </Form.Item>
      <Form.Item name="status" label="状态">
        <Radio.Group options={nodeStatuses.map((s) => ({ value: s, label: nodeStatusLabels[s] }))} optionType="button" aria-label="状态" />
      </Form.Item>
      {status === 'done' && (
        <Form.Item name="doneOn" label="完成日期" rules={[{ required: true, message: '已完成须填写完成日期' }]}>
          <DayField ariaLabel="完成日期" max={today()} />
        </Form.Item>
      )}
      <Form.Item name="note" label="备注">
        <Input maxLength={500} aria-label="备注" />
      </Form.Item>
      {error && <div className="task-form-error" role="alert">{error}</div>}
      <Buttons busy={save.isPending} onCancel={() => onDone()} />
    </Form>
  );
}

function DayField(props: { value?: string | null; onChange?: (day: string | null) => void; ariaLabel: string; max?: string }) {
  return <DayPicker value={props.value ?? null} onChange={(d) => props.onChange?.(d)} ariaLabel={props.ariaLabel} max={props.max} width={160} />;
}
