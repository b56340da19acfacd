import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, InputNumber, Select, Space, Table, type TableColumnsType } from 'antd';
import { levelCodes, levelIndex, sanctionTypes, type AnnualRules, type LevelCode, type SanctionGate, type SanctionType } from '../../../../shared/annual/rules';

type Gates = AnnualRules['gates'];
type Vocabularies = AnnualRules['vocabularies'];

const windowOptions = [
  { value: 'year', label: '当年受处分' },
  { value: 'period', label: '处分期内' },
] as const;

/** 「称职/合格」: a level in both vocabularies at once (a gate applies to everyone). */
export function levelPairLabel(vocabularies: Vocabularies, code: LevelCode): string {
  const civil = vocabularies.civil.levels[levelIndex(code)];
  const institution = vocabularies.institution.levels[levelIndex(code)];
  return civil === institution ? civil! : `${civil}/${institution}`;
}

/** 评优限制: no 优秀 without a “好” quarter, the 双十星 gate, and what each 处分 still allows. */
export function RulesGates(props: { value: Gates; vocabularies: Vocabularies; onChange: (v: Gates) => void }) {
  const { value, vocabularies, onChange } = props;
  const setSanction = (index: number, change: Partial<SanctionGate>) => onChange({ ...value, sanctions: value.sanctions.map((g, i) => (i === index ? { ...g, ...change } : g)) });
  const used = new Set(value.sanctions.map((g) => g.type));
  const unused = sanctionTypes.filter((t) => !used.has(t));
  const levelOptions = levelCodes.map((code) => ({ value: code, label: levelPairLabel(vocabularies, code) }));
  const columns: TableColumnsType<SanctionGate> = [
    {
      title: '处分种类',
      dataIndex: 'type',
      width: 120,
      render: (type: SanctionType, _g, i) => (
        <Select
          aria-label={`第${i + 1}条处分种类`}
          size="small"
          value={type}
          onChange={(t) => setSanction(i, { type: t })}
          options={sanctionTypes.map((t) => ({ value: t, label: t, disabled: t !== type && used.has(t) }))}
          style={{ width: 100 }}
        />
      ),
    },
    {
      title: '适用范围',
      dataIndex: 'window',
      width: 140,
      render: (w: SanctionGate['window'], _g, i) => <Select aria-label={`第${i + 1}条适用范围`} size="small" value={w} onChange={(v) => setSanction(i, { window: v })} options={[...windowOptions]} style={{ width: 120 }} />,
    },
    {
      title: '最高等次',
      dataIndex: 'maxLevel',
      width: 200,
      render: (level: LevelCode, _g, i) => <Select aria-label={`第${i + 1}条最高等次`} size="small" value={level} onChange={(v) => setSanction(i, { maxLevel: v })} options={levelOptions} style={{ width: 180 }} />,
    },
    {
      title: '',
      key: 'actions',
      width: 48,
      render: (_v, _g, i) => <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label="删除" onClick={() => onChange({ ...value, sanctions: value.sanctions.filter((_x, j) => j !== i) })} />,
    },
  ];
  return (
    <div className="rules-gates">
      <Checkbox checked={value.requireGoodQuarter} onChange={(e) => onChange({ ...value, requireGoodQuarter: e.target.checked })}>
        全年没有“好”等次季度的，不得评为优秀
      </Checkbox>
      <Checkbox checked={value.starsBarExcellent} onChange={(e) => onChange({ ...value, starsBarExcellent: e.target.checked })}>
        双十星评星方案中“不得评优”的，不得评为优秀
      </Checkbox>
      <div className="rules-subtitle">受处分人员的等次限制</div>
      <Table<SanctionGate> size="small" rowKey="type" columns={columns} dataSource={value.sanctions} pagination={false} className="rules-narrow-table" locale={{ emptyText: '未设置处分限制' }} />
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={unused.length === 0 || undefined}
        onClick={() => onChange({ ...value, sanctions: [...value.sanctions, { type: unused[0]!, window: 'period', maxLevel: 'basic' }] })}
        style={{ alignSelf: 'flex-start' }}
      >
        增加处分限制
      </Button>
    </div>
  );
}

/** 处分期间 per type, in months; empty = no end (开除). */
export function RulesSanctionMonths(props: { value: AnnualRules['sanctionMonths']; onChange: (v: AnnualRules['sanctionMonths']) => void }) {
  const { value, onChange } = props;
  return (
    <Space wrap size={[16, 8]}>
      {sanctionTypes.map((t) => (
        <Space key={t} size={4}>
          <span className="rules-inline-label">{t}</span>
          <InputNumber aria-label={`${t}处分期`} size="small" min={1} max={120} precision={0} value={value[t] ?? null} placeholder="无期限" onChange={(m) => onChange({ ...value, [t]: m ?? null })} style={{ width: 80 }} />
          <span>个月</span>
        </Space>
      ))}
    </Space>
  );
}

/** 分数线: a composite below these suggests 基本称职 / 不称职 (empty: not by score alone). */
export function RulesBands(props: { value: AnnualRules['bands']; vocabularies: Vocabularies; onChange: (v: AnnualRules['bands']) => void }) {
  const { value, vocabularies, onChange } = props;
  return (
    <div className="rules-column">
      <Space size={4} wrap>
        综合得分低于
        <InputNumber aria-label="基本称职分数线" size="small" min={0} max={200} value={value.basicBelow} placeholder="不设" onChange={(v) => onChange({ ...value, basicBelow: v ?? null })} style={{ width: 80 }} />
        分的，建议为“{levelPairLabel(vocabularies, 'basic')}”
      </Space>
      <Space size={4} wrap>
        综合得分低于
        <InputNumber aria-label="不称职分数线" size="small" min={0} max={200} value={value.failBelow} placeholder="不设" onChange={(v) => onChange({ ...value, failBelow: v ?? null })} style={{ width: 80 }} />
        分的，建议为“{levelPairLabel(vocabularies, 'fail')}”
      </Space>
    </div>
  );
}
