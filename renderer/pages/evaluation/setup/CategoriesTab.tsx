import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { RaterCategoriesEditor } from '../../../components/RaterCategoriesEditor';

/** 评委类别: code (the key a clerk types), name, weight, 应到人数, 发出票数. */
export function CategoriesTab(props: { config: EvaluationConfig; onChange: (next: EvaluationConfig) => void; readOnly: boolean }) {
  const { config, onChange } = props;
  return (
    <RaterCategoriesEditor
      categories={config.categories}
      onChange={(categories) => onChange({ ...config, categories })}
      readOnly={props.readOnly}
      intro="代码是纸质票录入时输入的类别键（如 A、B、C）。权重用于计算综合得分，只在有票的类别之间按比例折算；发出票数合计即应打印的测评票数。"
    />
  );
}
