import { Space, Switch } from 'antd';
import type { RecommendationConfig } from '../../../../shared/recommendation';
import { QuorumEditor } from '../../../components/QuorumEditor';
import { RaterCategoriesEditor } from '../../../components/RaterCategoriesEditor';
import { SetupRow } from '../../../components/SetupRow';

type Props = { config: RecommendationConfig; onChange: (next: RecommendationConfig) => void; readOnly: boolean };

/** 评委类别 (code, name, 应到, 发出, 权重), whether the rates are weighted by them, and the 到会要求. */
export function CategoriesTab({ config, onChange, readOnly }: Props) {
  return (
    <RaterCategoriesEditor
      categories={config.categories}
      onChange={(categories) => onChange({ ...config, categories })}
      readOnly={readOnly}
      weighted={config.weighted}
      dense
      intro="代码是纸质票录入时输入的类别键（如 A、B、C）。发出票数合计即应打印的推荐票数；实到人数在推荐当天于“实到人数”中填写。"
    >
      <SetupRow label="按评委类别加权" note="打开后另算加权得票率：各类别得票率按权重折算，只在有有效票的类别之间按比例折算；关闭时只按得票数计算">
        <Space>
          <Switch checked={config.weighted} disabled={readOnly} aria-label="按评委类别加权" onChange={(v) => onChange({ ...config, weighted: v })} />
          <span>{config.weighted ? '计算加权得票率' : '不加权'}</span>
        </Space>
      </SetupRow>
      <QuorumEditor
        quorum={config.quorum}
        onChange={(quorum) => onChange({ ...config, quorum })}
        readOnly={readOnly}
        note="实到人数未达到要求时，结果页提示本次推荐到会人数不足"
        inclusiveLabel="不少于（≥）"
        widths={[130, 130]}
      />
    </RaterCategoriesEditor>
  );
}
