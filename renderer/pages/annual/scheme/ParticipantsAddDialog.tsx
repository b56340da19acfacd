import { Modal, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { AnnualYear, Participant } from '../../../../shared/annual/views';
import type { Person } from '../../../../shared/domain';
import { PeoplePicker } from '../../../components/PeoplePicker';
import { useChannelMutation } from '../../../hooks/api-hooks';
import { useUnits } from '../../../hooks/data-hooks';
import { defaultGroupingText } from './scheme-text';

/** the group choice that lets the service pick each person's group */
const byRule = -1;

/** 添加人员: people from the roster (unit tree + search) join the year, into one group or by the default rule. */
export function ParticipantsAddDialog(props: { open: boolean; year: AnnualYear; members: readonly Participant[]; onClose: () => void }) {
  const { open, year, members, onClose } = props;
  const units = useUnits();
  const [selected, setSelected] = useState<Person[]>([]);
  const [groupId, setGroupId] = useState<number>(byRule);
  const add = useChannelMutation('annual.addParticipants', { success: (r) => `已添加 ${r.added} 人` });
  const joined = useMemo(() => new Set(members.map((m) => m.personId)), [members]);

  useEffect(() => {
    if (!open) return;
    setSelected([]);
    setGroupId(byRule);
  }, [open]);

  return (
    <Modal
      title={`添加参加人员：${year.year}年度`}
      open={open}
      onCancel={onClose}
      width={940}
      okText={selected.length > 0 ? `添加（${selected.length}人）` : '添加'}
      cancelText="取消"
      okButtonProps={{ disabled: selected.length === 0, loading: add.isPending }}
      onOk={() => add.mutate({ year: year.year, personIds: selected.map((p) => p.id), groupId: groupId === byRule ? undefined : groupId }, { onSuccess: onClose })}
      destroyOnHidden
    >
      <PeoplePicker
        units={units.data ?? []}
        unitFilter="tree"
        selected={selected}
        onSelect={setSelected}
        taken={joined}
        takenLabel="已参加"
        selectAllLabel={(n) => `全选未参加（${n}）`}
        categoryColumn
        hideTakenWord="参加"
        searchPlaceholder="姓名/身份证号/职务"
        searchWidth={200}
        height={300}
        emptyText={{ hidden: '没有尚未参加的在职人员', all: '没有符合条件的在职人员' }}
      />
      <div className="add-people-group">
        <Typography.Text strong>加入分组</Typography.Text>
        <Select
          aria-label="加入分组"
          value={groupId}
          onChange={setGroupId}
          options={[{ value: byRule, label: '按默认规则分组' }, ...year.groups.map((g) => ({ value: g.id, label: g.name }))]}
          style={{ width: 200 }}
        />
        <Typography.Text type="secondary">{groupId === byRule ? defaultGroupingText : ''}</Typography.Text>
      </div>
    </Modal>
  );
}
