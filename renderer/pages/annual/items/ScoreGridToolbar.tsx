import { Input, Segmented, Space, Typography } from 'antd';
import type { AssessmentItem, ItemTarget } from '../../../../shared/annual/views';
import { UnitTreeSelect } from '../../../components/UnitTreeSelect';
import { useUnits } from '../../../hooks/data-hooks';
import type { CellProblem } from './ScoreGrid';
import { itemInputHint } from './item-values';

const targetOptions = [
  { value: 'person', label: '人员' },
  { value: 'unit', label: '单位' },
] as const;

interface Props {
  readonly target: ItemTarget;
  readonly onTarget: (t: ItemTarget) => void;
  readonly unitId: number | null;
  readonly onUnit: (id: number | null) => void;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** the number of rows shown; null while loading */
  readonly count: number | null;
  readonly locked: boolean;
  readonly activeItem: AssessmentItem | undefined;
  readonly problems: ReadonlyMap<string, CellProblem>;
}

/** 评分录入's toolbar: 人员/单位, the unit and name filters, the count, and the refused entries or the keys. */
export function ScoreGridToolbar({ target, onTarget, unitId, onUnit, text, onText, count, locked, activeItem, problems }: Props) {
  const units = useUnits();
  const refused = [...problems.values()];
  return (
    <div className="annual-toolbar score-toolbar">
      <Space wrap size={8}>
        <Typography.Title level={5} className="score-title">
          评分录入
        </Typography.Title>
        <Segmented aria-label="评分对象" value={target} onChange={(v) => onTarget(v as ItemTarget)} options={[...targetOptions]} />
        {target === 'person' && (
          <div style={{ width: 190 }}>
            <UnitTreeSelect units={units.data ?? []} value={unitId} onChange={(v) => onUnit(v ?? null)} allowClear placeholder="全部单位" />
          </div>
        )}
        <Input.Search aria-label="查找评分对象" allowClear placeholder={target === 'person' ? '姓名' : '单位名称'} value={text} onChange={(e) => onText(e.target.value)} style={{ width: 150 }} />
        {count !== null && <Typography.Text type="secondary">{`共 ${count} ${target === 'person' ? '人' : '个单位'}`}</Typography.Text>}
      </Space>
      {refused.length > 0 ? (
        // in the toolbar line, not above the grid, so the grid does not jump under the mouse
        <Typography.Text type="danger" className="score-problems" data-testid="score-problems" title="红色单元格为输入的数值：选中后按回车修改，按Delete放弃">
          {`${refused.length}项未保存：${refused[refused.length - 1]!.message}`}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" className="score-keys">
          {locked ? '该年度已锁定，评分只能查看' : `${activeItem ? `${itemInputHint(activeItem)}，回车保存；` : ''}方向键移动，Delete清除`}
        </Typography.Text>
      )}
    </div>
  );
}
