import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, ConfigProvider, Input, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnnualYear, Participant } from '../../../../shared/annual/views';
import { QueryError } from '../../../components/QueryError';
import { buildUnitTree, descendantIds } from '../../../components/unit-tree';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useParticipants } from '../../../hooks/annual-hooks';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useUnits } from '../../../hooks/data-hooks';
import { useDebounced } from '../../../hooks/use-debounced';
import { ParticipantsAddDialog } from './ParticipantsAddDialog';
import { ParticipantsGroupDialog, ParticipantsVocabularyDialog } from './ParticipantsBatchDialogs';
import { ParticipantsTable } from './ParticipantsTable';
import { ParticipantNotesDialog, ParticipantNotesPasteDialog } from './ParticipantNotesDialogs';
import { ParticipantsUndeterminedDialog } from './ParticipantsUndeterminedDialog';

interface Filters {
  groupId: number | undefined;
  unitId: number | null;
  text: string;
  undeterminedOnly: boolean;
}
const noFilters: Filters = { groupId: undefined, unitId: null, text: '', undeterminedOnly: false };

const matchesText = (p: Participant, text: string) => !text || p.name.includes(text) || p.post.includes(text) || p.unitName.includes(text) || p.category.includes(text);

/** 参加人员: who takes part in the year, their 考核分组, 等次序列 and 不定等次. */
export function ParticipantsTab({ year, locked }: { year: AnnualYear; locked: boolean }) {
  const { modal } = App.useApp();
  const participants = useParticipants(year.year);
  const units = useUnits();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const text = useDebounced(filters.text.trim(), 150);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [dialog, setDialog] = useState<'add' | 'group' | 'vocabulary' | 'notes' | null>(null);
  const [undetermined, setUndetermined] = useState<Participant | null>(null);
  const [notes, setNotes] = useState<Participant | null>(null);
  const remove = useChannelMutation('annual.removeParticipants', { success: (r) => `已移出 ${r.removed} 人` });
  useEffect(() => setSelected(new Set()), [year.year]);

  const all = useMemo(() => participants.data ?? [], [participants.data]);
  const inUnits = useMemo(() => (filters.unitId == null ? null : descendantIds(buildUnitTree(units.data ?? []), filters.unitId)), [filters.unitId, units.data]);
  const rows = useMemo(
    () =>
      all.filter(
        (p) =>
          (filters.groupId === undefined || p.groupId === filters.groupId) &&
          (inUnits === null || inUnits.has(p.unitId)) &&
          (!filters.undeterminedOnly || p.undetermined.effective) &&
          matchesText(p, text),
      ),
    [all, filters.groupId, filters.undeterminedOnly, inUnits, text],
  );
  const chosen = useMemo(() => all.filter((p) => selected.has(p.personId)), [all, selected]);
  const undeterminedCount = useMemo(() => all.filter((p) => p.undetermined.effective).length, [all]);
  const onSelect = useCallback((ids: readonly number[]) => setSelected(new Set(ids)), []);
  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));

  const confirmRemove = () => {
    modal.confirm({
      title: `移出参加人员：${chosen.length} 人`,
      content: `${chosen.slice(0, 5).map((p) => p.name).join('、')}${chosen.length > 5 ? ' 等' : ''}将不再参加${year.year}年度考核。已有平时考核、评分或奖惩记录的人员不能移出。`,
      okText: '移出',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () =>
        remove
          .mutateAsync({ year: year.year, personIds: chosen.map((p) => p.personId) })
          .then(() => setSelected(new Set()))
          .catch(() => undefined),
    });
  };

  if (participants.isError) return <QueryError error={participants.error} />;
  return (
    <div className="annual-tab participants-tab">
      <div className="annual-toolbar">
        {/* filters stay usable in a locked year: looking is allowed */}
        <ConfigProvider componentDisabled={false}>
          <Space wrap size={8}>
            <Select
              aria-label="按考核分组筛选"
              allowClear
              placeholder="全部分组"
              value={filters.groupId}
              onChange={(groupId) => set({ groupId })}
              options={year.groups.map((g) => ({ value: g.id, label: `${g.name}（${g.size}人）` }))}
              style={{ width: 170 }}
            />
            <div style={{ width: 200 }}>
              <UnitTreeSelect units={units.data ?? []} value={filters.unitId} onChange={(unitId) => set({ unitId: unitId ?? null })} allowClear placeholder="全部单位" />
            </div>
            <Input.Search aria-label="查找参加人员" allowClear placeholder="姓名/职务/单位/类别" value={filters.text} onChange={(e) => set({ text: e.target.value })} style={{ width: 190 }} />
            <Checkbox checked={filters.undeterminedOnly} onChange={(e) => set({ undeterminedOnly: e.target.checked })}>
              {`只看不定等次（${undeterminedCount}）`}
            </Checkbox>
          </Space>
        </ConfigProvider>
        {!locked && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('add')}>
            添加人员
          </Button>
        )}
      </div>
      <div className="annual-toolbar">
        <Space wrap size={8}>
          <Typography.Text strong data-testid="participants-count">
            {chosen.length > 0 ? `已选 ${chosen.length} 人` : rows.length === all.length ? `共 ${all.length} 人` : `筛选出 ${rows.length} 人（共 ${all.length} 人）`}
          </Typography.Text>
          {!locked && (
            <>
              <Button disabled={chosen.length === 0} onClick={() => setDialog('group')}>
                调整分组
              </Button>
              <Button disabled={chosen.length === 0} onClick={() => setDialog('vocabulary')}>
                设置等次序列
              </Button>
              <Button danger disabled={chosen.length === 0} onClick={confirmRemove}>
                移出
              </Button>
              <Button onClick={() => setDialog('notes')} disabled={all.length === 0}>
                批量粘贴从事或分管工作
              </Button>
            </>
          )}
          {chosen.length > 0 && (
            <Button type="link" onClick={() => setSelected(new Set())}>
              取消选择
            </Button>
          )}
        </Space>
      </div>
      <ParticipantsTable rows={rows} year={year} loading={participants.isPending} selected={selected} onSelect={locked ? null : onSelect} onUndetermined={locked ? null : setUndetermined} onNotes={locked ? null : setNotes} />
      <ParticipantsAddDialog open={dialog === 'add'} year={year} members={all} onClose={() => setDialog(null)} />
      <ParticipantsGroupDialog open={dialog === 'group'} year={year} people={chosen} onClose={() => setDialog(null)} onDone={() => setSelected(new Set())} />
      <ParticipantsVocabularyDialog open={dialog === 'vocabulary'} year={year} people={chosen} onClose={() => setDialog(null)} onDone={() => setSelected(new Set())} />
      <ParticipantsUndeterminedDialog year={year.year} person={undetermined} onClose={() => setUndetermined(null)} />
      <ParticipantNotesDialog year={year.year} person={notes} onClose={() => setNotes(null)} />
      <ParticipantNotesPasteDialog year={year.year} open={dialog === 'notes'} participants={all} onClose={() => setDialog(null)} />
    </div>
  );
}
