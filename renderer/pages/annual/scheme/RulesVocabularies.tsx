import { Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { vocabularyKeys, type AnnualRules, type VocabularyKey } from '../../../../shared/annual/rules';
import { useVocabularies } from '../../../hooks/data-hooks';

type Vocabularies = AnnualRules['vocabularies'];

/** The two 等次 vocabularies: the 序列 name and its four level names (stored as codes, so renaming keeps data). */
export function RulesVocabularies(props: { value: Vocabularies; onChange: (v: Vocabularies) => void }) {
  const { value, onChange } = props;
  return (
    <div className="rules-column">
      {vocabularyKeys.map((key) => {
        const v = value[key];
        const set = (change: Partial<Vocabularies[VocabularyKey]>) => onChange({ ...value, [key]: { ...v, ...change } });
        return (
          <Space key={key} wrap size={6}>
            <Input aria-label="等次序列名称" size="small" value={v.label} maxLength={20} onChange={(e) => set({ label: e.target.value })} style={{ width: 150 }} />
            <span className="muted">：</span>
            {v.levels.map((level, i) => (
              <Input
                key={i}
                aria-label={`${v.label}第${i + 1}等次名称`}
                size="small"
                value={level}
                maxLength={10}
                onChange={(e) => {
                  const levels = [...v.levels] as Vocabularies[VocabularyKey]['levels'];
                  levels[i] = e.target.value;
                  set({ levels });
                }}
                style={{ width: 90 }}
              />
            ))}
          </Space>
        );
      })}
    </div>
  );
}

interface MappingRow {
  category: string;
  vocabulary: VocabularyKey | 'default';
}

/**
 * 人员类别 → 等次序列: each 人员类别 of the roster (and any already mapped) with its 序列; a category
 * left on 「按默认」 uses the default.
 */
export function RulesCategoryMapping(props: {
  value: AnnualRules['categoryVocabulary'];
  defaultVocabulary: VocabularyKey;
  vocabularies: Vocabularies;
  onChange: (mapping: AnnualRules['categoryVocabulary'], defaultVocabulary: VocabularyKey) => void;
}) {
  const { value, defaultVocabulary, vocabularies, onChange } = props;
  const roster = useVocabularies();
  const rows = useMemo<MappingRow[]>(() => {
    const categories = [...Object.keys(value), ...(roster.data?.category ?? []).filter((c) => !(c in value))];
    return categories.map((category) => ({ category, vocabulary: value[category] ?? 'default' }));
  }, [value, roster.data]);
  const options = [
    ...vocabularyKeys.map((k) => ({ value: k, label: vocabularies[k].label })),
    { value: 'default', label: `按默认（${vocabularies[defaultVocabulary].label}）` },
  ];
  const setRow = (category: string, vocabulary: MappingRow['vocabulary']) => {
    const next = { ...value };
    if (vocabulary === 'default') delete next[category];
    else next[category] = vocabulary;
    onChange(next, defaultVocabulary);
  };
  const columns: TableColumnsType<MappingRow> = [
    { title: '人员类别', dataIndex: 'category', width: 160 },
    {
      title: '等次序列',
      dataIndex: 'vocabulary',
      width: 220,
      render: (v: MappingRow['vocabulary'], row) => <Select aria-label={`${row.category}等次序列`} size="small" value={v} onChange={(x) => setRow(row.category, x)} options={options} style={{ width: 200 }} />,
    },
  ];
  return (
    <div className="rules-column">
      <Table<MappingRow> size="small" rowKey="category" columns={columns} dataSource={rows} pagination={false} className="rules-narrow-table" locale={{ emptyText: '花名册中尚无人员类别' }} />
      <Space size={6}>
        <Typography.Text>其他人员类别（或未填类别）：</Typography.Text>
        <Select
          aria-label="默认等次序列"
          size="small"
          value={defaultVocabulary}
          onChange={(d) => onChange(value, d)}
          options={vocabularyKeys.map((k) => ({ value: k, label: vocabularies[k].label }))}
          style={{ width: 180 }}
        />
      </Space>
    </div>
  );
}
