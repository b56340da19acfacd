import { DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, InputNumber, Popconfirm, Select, Space, Table, type TableColumnsType } from 'antd';
import { consequenceRulesPreset, type OutcomeRule, type RunRule } from '../../../../shared/annual';
import { levelCodes, type AnnualRules, type LevelCode, type OutcomeCode, type VocabularyKey } from '../../../../shared/annual/rules';
import { RulesRow, RulesSection, type RulesPartProps } from './RulesLayout';

/** 等次 as both vocabularies name it: 「称职／合格」. */
function outcomeWords(rules: AnnualRules): Record<OutcomeCode, string> {
  const { civil, institution } = rules.vocabularies;
  const both = (i: number) => (civil.levels[i] === institution.levels[i] ? civil.levels[i]! : `${civil.levels[i]}／${institution.levels[i]}`);
  return { excellent: both(0), competent: both(1), basic: both(2), fail: both(3), undetermined: '不定等次' };
}

const vocabularyOptions = (rules: AnnualRules) => [
  { value: 'all', label: '全部' },
  { value: 'civil', label: rules.vocabularies.civil.label },
  { value: 'institution', label: rules.vocabularies.institution.label },
];
const toVocabulary = (v: string): VocabularyKey | null => (v === 'all' ? null : (v as VocabularyKey));
const nullIfEmpty = (s: string): string | null => (s.trim() === '' ? null : s);

/**
 * 结果运用 (DOMAIN.md §9): what follows from a 等次, as data the office edits per year — the rules for one
 * year's 等次 (the 通知书's words, the award it brings: 优秀 -> 嘉奖) and the rules for several years
 * running (优秀 three years -> 记三等功, 不称职 two years -> 辞退), with 「恢复默认」 to the regulations.
 * The service validates on save (shared/annual/consequences.ts) and its message shows above the form.
 */
export function RulesResultsSection({ rules, set, disabled }: RulesPartProps & { disabled: boolean }) {
  const results = rules.results;
  const words = outcomeWords(rules);
  const setOutcomes = (outcomes: OutcomeRule[]) => set({ results: { ...results, outcomes } });
  const setRuns = (runs: RunRule[]) => set({ results: { ...results, runs } });
  const patchOutcome = (i: number, change: Partial<OutcomeRule>) => setOutcomes(results.outcomes.map((r, k) => (k === i ? { ...r, ...change } : r)));
  const patchRun = (i: number, change: Partial<RunRule>) => setRuns(results.runs.map((r, k) => (k === i ? { ...r, ...change } : r)));
  const remove = (i: number, kind: 'outcome' | 'run') => (kind === 'outcome' ? setOutcomes(results.outcomes.filter((_r, k) => k !== i)) : setRuns(results.runs.filter((_r, k) => k !== i)));
  const deleteButton = (i: number, kind: 'outcome' | 'run') => (
    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除此条" disabled={disabled} onClick={() => remove(i, kind)} />
  );

  const outcomeColumns: TableColumnsType<OutcomeRule> = [
    {
      title: '等次', key: 'outcome', width: 180,
      render: (_v, r, i) => (
        <Select<OutcomeCode> size="small" aria-label="等次" disabled={disabled} value={r.outcome} onChange={(outcome) => patchOutcome(i, { outcome })}
          options={[...levelCodes, 'undetermined' as const].map((o) => ({ value: o, label: words[o] }))} style={{ width: 170 }} />
      ),
    },
    {
      title: '适用', key: 'vocabulary', width: 170,
      render: (_v, r, i) => (
        <Select size="small" aria-label="适用" disabled={disabled} value={r.vocabulary ?? 'all'} onChange={(v) => patchOutcome(i, { vocabulary: toVocabulary(v) })} options={vocabularyOptions(rules)} style={{ width: 160 }} />
      ),
    },
    {
      title: '结果运用（通知书所写）', key: 'consequence',
      render: (_v, r, i) => <Input.TextArea aria-label="结果运用" disabled={disabled} autoSize={{ minRows: 1, maxRows: 3 }} maxLength={200} value={r.consequence} onChange={(e) => patchOutcome(i, { consequence: e.target.value })} />,
    },
    {
      title: '奖励', key: 'award', width: 110,
      render: (_v, r, i) => <Input size="small" aria-label="奖励" disabled={disabled} placeholder="无" maxLength={20} value={r.award ?? ''} onChange={(e) => patchOutcome(i, { award: nullIfEmpty(e.target.value) })} />,
    },
    { title: '', key: 'op', width: 44, render: (_v, _r, i) => deleteButton(i, 'outcome') },
  ];

  const runColumns: TableColumnsType<RunRule> = [
    {
      title: '连续', key: 'years', width: 96,
      render: (_v, r, i) => (
        <Space size={2}>
          <InputNumber size="small" aria-label="连续年数" disabled={disabled} min={2} max={10} precision={0} value={r.years} onChange={(v) => patchRun(i, { years: v ?? 2 })} style={{ width: 52 }} />年
        </Space>
      ),
    },
    {
      title: '计入的等次', key: 'outcomes', width: 190,
      render: (_v, r, i) => (
        <Select<LevelCode[]> mode="multiple" size="small" aria-label="计入的等次" disabled={disabled} value={[...r.outcomes]} onChange={(outcomes) => patchRun(i, { outcomes })}
          options={levelCodes.map((o) => ({ value: o, label: words[o] }))} style={{ width: 180 }} />
      ),
    },
    {
      title: '适用', key: 'vocabulary', width: 170,
      render: (_v, r, i) => (
        <Select size="small" aria-label="适用" disabled={disabled} value={r.vocabulary ?? 'all'} onChange={(v) => patchRun(i, { vocabulary: toVocabulary(v) })} options={vocabularyOptions(rules)} style={{ width: 160 }} />
      ),
    },
    {
      title: '结果运用', key: 'consequence',
      render: (_v, r, i) => <Input.TextArea aria-label="结果运用" disabled={disabled} autoSize={{ minRows: 1, maxRows: 3 }} maxLength={200} value={r.consequence} onChange={(e) => patchRun(i, { consequence: e.target.value })} />,
    },
    {
      title: '类型', key: 'kind', width: 200,
      render: (_v, r, i) => (
        <Space direction="vertical" size={4}>
          <Select<RunRule['kind']> size="small" aria-label="类型" disabled={disabled} value={r.kind} style={{ width: 180 }}
            onChange={(kind) => patchRun(i, { kind, award: kind === 'award' ? (r.award ?? '记三等功') : null })}
            options={[{ value: 'award', label: '生成奖励记录' }, { value: 'flag', label: '列入结果运用名单' }]} />
          {r.kind === 'award' && (
            <Input size="small" aria-label="奖励名称" disabled={disabled} addonBefore="奖励" maxLength={20} value={r.award ?? ''} onChange={(e) => patchRun(i, { award: nullIfEmpty(e.target.value) })} style={{ width: 180 }} />
          )}
          <Checkbox disabled={disabled} checked={r.countOnce} onChange={(e) => patchRun(i, { countOnce: e.target.checked })}>
            已计入的年度不重复计算
          </Checkbox>
        </Space>
      ),
    },
    { title: '', key: 'op', width: 44, render: (_v, _r, i) => deleteButton(i, 'run') },
  ];

  return (
    <RulesSection title="结果运用">
      <RulesRow label="单年等次" note="每个等次对应的结果运用，写入考核结果通知书；填写奖励的（如“嘉奖”），该等次人员列入奖励名单。适用“全部”的规则在没有专门规则时使用。">
        <Table<OutcomeRule> className="rules-results" size="small" rowKey={(_r, i) => String(i)} columns={outcomeColumns} dataSource={results.outcomes} pagination={false} />
        <div className="rules-results-actions">
          <Button size="small" icon={<PlusOutlined />} disabled={disabled}
            onClick={() => setOutcomes([...results.outcomes, { outcome: 'excellent', vocabulary: null, consequence: '', award: null }])}>
            添加单年规则
          </Button>
        </div>
      </RulesRow>
      <RulesRow
        label="连续年度"
        note="连续的自然年度才计入，中间有其他等次、未参加或没有记录即中断。“已计入的年度不重复计算”：如连续三年优秀记三等功后，须再连续三年优秀才再次记功。同类规则中排在前面的优先。"
      >
        <Table<RunRule> className="rules-results" size="small" rowKey={(_r, i) => String(i)} columns={runColumns} dataSource={results.runs} pagination={false} />
        <Space className="rules-results-actions">
          <Button size="small" icon={<PlusOutlined />} disabled={disabled}
            onClick={() => setRuns([...results.runs, { kind: 'flag', outcomes: ['basic', 'fail'], years: 2, vocabulary: null, consequence: '', award: null, countOnce: false }])}>
            添加连续年度规则
          </Button>
          <Popconfirm title="结果运用规则恢复为《公务员考核规定》《事业单位工作人员考核规定》的默认内容？" okText="恢复默认" onConfirm={() => set({ results: consequenceRulesPreset })}>
            <Button size="small" icon={<UndoOutlined />} disabled={disabled}>
              恢复默认
            </Button>
          </Popconfirm>
        </Space>
      </RulesRow>
    </RulesSection>
  );
}
