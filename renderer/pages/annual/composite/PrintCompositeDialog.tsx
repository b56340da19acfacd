import { Form, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import type { CompositeView } from '../../../../shared/annual/views';
import { navigate } from '../../../router/hash-router';

/** 「打印综合评定表」: the paper (A4 or A3 landscape) and the groups, then the print view. */
export function PrintCompositeDialog(props: { view: CompositeView; open: boolean; onClose: () => void }) {
  const { view, open, onClose } = props;
  const [paper, setPaper] = useState<'A4' | 'A3'>('A4');
  const [group, setGroup] = useState<string>('all');
  return (
    <Modal
      open={open}
      title="打印综合评定表（考核委员会会议用）"
      okText="打印预览"
      cancelText="取消"
      width={460}
      onCancel={onClose}
      onOk={() => navigate(`/annual/composite-print?year=${view.year}&paper=${paper}&group=${group}`)}
    >
      <Form layout="horizontal" labelCol={{ flex: '72px' }}>
        <Form.Item label="纸张">
          <Radio.Group
            aria-label="纸张"
            value={paper}
            onChange={(e) => setPaper(e.target.value as 'A4' | 'A3')}
            optionType="button"
            buttonStyle="solid"
            options={[{ value: 'A4', label: 'A4 横向' }, { value: 'A3', label: 'A3 横向' }]}
          />
        </Form.Item>
        <Form.Item label="范围" extra="确定等次一栏留空，供考核委员会会议填写；表尾有考核委员会主任、委员签字栏">
          <Select
            aria-label="打印范围"
            value={group}
            onChange={setGroup}
            options={[{ value: 'all', label: '全部分组（每组另起一页）' }, ...view.groups.map((g) => ({ value: String(g.id), label: `${g.name}（${g.size}人）` }))]}
            style={{ width: 260 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
