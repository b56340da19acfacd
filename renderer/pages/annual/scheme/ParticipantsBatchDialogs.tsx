import { Form, Modal, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { vocabularyKeys, type VocabularyKey } from '../../../../shared/annual/rules';
import type { AnnualYear, Participant } from '../../../../shared/annual/views';
import { useChannelMutation } from '../../../hooks/api-hooks';

interface BatchProps {
  open: boolean;
  year: AnnualYear;
  people: readonly Participant[];
  onClose: () => void;
  /** after a successful save (the selection is cleared) */
  onDone: () => void;
}

const names = (people: readonly Participant[]) => `${people.slice(0, 6).map((p) => p.name).join('、')}${people.length > 6 ? ` 等${people.length}人` : ''}`;

/** 调整分组: the chosen people move to one 考核分组. */
export function ParticipantsGroupDialog({ open, year, people, onClose, onDone }: BatchProps) {
  const [groupId, setGroupId] = useState<number | undefined>();
  const save = useChannelMutation('annual.updateParticipants', { success: (r) => `已调整 ${r.saved} 人的考核分组` });
  useEffect(() => {
    if (open) setGroupId(undefined);
  }, [open]);
  return (
    <Modal
      title={`调整分组：${people.length} 人`}
      open={open}
      onCancel={onClose}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ disabled: groupId == null, loading: save.isPending }}
      onOk={() => {
        if (groupId == null) return;
        const onSuccess = () => {
          onDone();
          onClose();
        };
        save.mutate({ year: year.year, personIds: people.map((p) => p.personId), groupId }, { onSuccess });
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{names(people)}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="调入考核分组" required>
          <Select aria-label="调入考核分组" value={groupId} onChange={setGroupId} placeholder="选择考核分组" options={year.groups.map((g) => ({ value: g.id, label: `${g.name}（现${g.size}人）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 设置等次序列: 公务员（参公）优秀/称职/… or 事业单位 优秀/合格/…, whatever the 人员类别 says. */
export function ParticipantsVocabularyDialog({ open, year, people, onClose, onDone }: BatchProps) {
  const [vocabulary, setVocabulary] = useState<VocabularyKey | undefined>();
  const save = useChannelMutation('annual.updateParticipants', { success: (r) => `已设置 ${r.saved} 人的等次序列` });
  useEffect(() => {
    if (open) setVocabulary(undefined);
  }, [open]);
  const vocabularies = year.rules.vocabularies;
  return (
    <Modal
      title={`设置等次序列：${people.length} 人`}
      open={open}
      onCancel={onClose}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ disabled: vocabulary == null, loading: save.isPending }}
      onOk={() => {
        if (vocabulary == null) return;
        const onSuccess = () => {
          onDone();
          onClose();
        };
        save.mutate({ year: year.year, personIds: people.map((p) => p.personId), vocabulary }, { onSuccess });
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{names(people)}</Typography.Paragraph>
      <Radio.Group value={vocabulary} onChange={(e) => setVocabulary(e.target.value as VocabularyKey)} className="annual-radio-column">
        {vocabularyKeys.map((key) => (
          <Radio key={key} value={key}>
            {`${vocabularies[key].label}：${vocabularies[key].levels.join('、')}`}
          </Radio>
        ))}
      </Radio.Group>
      <Typography.Paragraph type="secondary" className="annual-hint">
        等次序列一般由人员类别决定（见“计分规则”中的对应关系）；个别人员不同时在此单独设置。
      </Typography.Paragraph>
    </Modal>
  );
}
