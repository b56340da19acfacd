import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Participant } from '../../../shared/annual';
import type { Unit } from '../../../shared/domain';
import { noticeKindLabels, passOnLabels, pointsWord, type InspectionNotice, type InspectionSettings } from '../../../shared/inspections';
import { BoxTable } from '../../components/BoxTable';
import { useChannelMutation } from '../../hooks/api-hooks';
import { NoticeDialog } from './NoticeDialog';

/** 「王建国、李红梅 各+2分」 */
function adjustmentsText(n: InspectionNotice): string {
  if (n.adjustments.length === 0) return n.unitId !== null ? '未计入个人' : '无';
  const points = [...new Set(n.adjustments.map((a) => a.points))];
  const names = n.adjustments.map((a) => a.name).join('、');
  return points.length === 1 ? `${names} ${n.adjustments.length > 1 ? '各' : ''}${pointsWord(points[0]!)}` : n.adjustments.map((a) => `${a.name}${pointsWord(a.points)}`).join('、');
}

export const settingsText = (s: InspectionSettings) => `本年度规则：通报表扬${pointsWord(s.praisePoints)}，通报批评${pointsWord(s.criticismPoints)}（计入年度考核加减分）；通报对象为单位时${passOnLabels[s.passOn]}。`;

/** 通报表扬 / 通报批评 of the year, with the 加减分 each created; 登记 and 删除 (which removes its 加减分). */
export function NoticesTab(props: { year: number; notices: readonly InspectionNotice[]; settings: InspectionSettings; units: readonly Unit[]; participants: readonly Participant[]; editable: boolean }) {
  const { year, notices, settings, units, participants, editable } = props;
  const [adding, setAdding] = useState(false);
  const { modal } = App.useApp();
  const remove = useChannelMutation('inspections.deleteNotice', { success: '已删除通报及其加减分记录' });
  const confirmDelete = (n: InspectionNotice) => {
    modal.confirm({
      title: `删除${noticeKindLabels[n.kind]}：${n.unitName ?? n.people.map((p) => p.name).join('、')}`,
      content: `${n.date} ${n.reason}。${n.adjustments.length > 0 ? `将同时删除其生成的${n.adjustments.length}条加减分记录。` : ''}删除后不能恢复，确定删除吗？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => remove.mutateAsync({ id: n.id }).catch(() => undefined),
    });
  };
  const columns: TableColumnsType<InspectionNotice> = [
    { title: '序号', key: 'no', width: 52, align: 'center', render: (_v, _r, i) => i + 1 },
    { title: '日期', dataIndex: 'date', width: 96 },
    { title: '文号', dataIndex: 'docNo', width: 140, ellipsis: { showTitle: true } },
    { title: '类别', dataIndex: 'kind', width: 90, render: (k: InspectionNotice['kind']) => <Tag color={k === 'praise' ? 'green' : 'red'}>{noticeKindLabels[k]}</Tag> },
    { title: '通报对象', key: 'who', width: 160, ellipsis: { showTitle: true }, render: (_v, n) => n.unitName ?? n.people.map((p) => p.name).join('、') },
    { title: '事由', dataIndex: 'reason', ellipsis: { showTitle: true } },
    { title: '计入加减分', key: 'adjustments', width: 200, ellipsis: { showTitle: true }, render: (_v, n) => adjustmentsText(n) },
    ...(editable
      ? [{
          title: '操作', key: 'actions', width: 60,
          render: (_v: unknown, n: InspectionNotice) => (
            <Button type="link" danger size="small" onClick={() => confirmDelete(n)}>
              删除
            </Button>
          ),
        }]
      : []),
  ];
  return (
    <div className="inspections-tab">
      <div className="inspections-toolbar">
        <Typography.Text type="secondary" className="inspection-rule" data-testid="notice-rule">
          {settingsText(settings)}
        </Typography.Text>
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            登记通报
          </Button>
        )}
      </div>
      <BoxTable<InspectionNotice> boxClassName="inspections-table-box" boxTestId="inspection-notices" columns={columns} rows={notices} rowKey="id" width={960} locale={{ emptyText: '本年度暂无通报表扬或通报批评' }} />
      <NoticeDialog
        year={year}
        open={adding}
        onClose={() => setAdding(false)}
        settings={settings}
        units={units}
        participants={participants}
        onSaved={(r) => {
          if (r.notParticipants.length > 0) {
            modal.warning({
              title: '部分人员未计入加减分',
              content: `${r.notParticipants.join('、')}不在${year}年度考核的参加人员中，本次通报未为其生成加减分记录。如需计入，请先在「年度考核方案」中加入，再删除并重新登记本通报。`,
              okText: '知道了',
            });
          }
        }}
      />
    </div>
  );
}
