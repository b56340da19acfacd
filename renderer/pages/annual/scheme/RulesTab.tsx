import { useState } from 'react';
import type { AnnualRules } from '../../../../shared/annual/rules';
import type { AnnualYear } from '../../../../shared/annual/views';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';
import { RulesActions } from './RulesActions';
import { RulesCompositeSection } from './RulesCompositeSection';
import { weightSum } from './RulesComponents';
import { RulesBands, RulesGates, RulesSanctionMonths } from './RulesGates';
import { RulesGroupDefaults } from './RulesGroupDefaults';
import { RulesRow, RulesSection } from './RulesLayout';
import { RulesConductSection, RulesEvaluationSection, RulesQuartersSection } from './RulesSourceSections';
import { RulesResultsSection } from './RulesResultsSection';
import { RulesUndeterminedSection } from './RulesUndeterminedSection';
import { RulesCategoryMapping, RulesVocabularies } from './RulesVocabularies';
import { useDraft } from './scheme-draft';

/** 计分规则: the year's rules (annual.updateRules) as one form, saved as a whole; the service's message as is. */
export function RulesTab({ year, locked }: { year: AnnualYear; locked: boolean }) {
  const { draft: rules, setDraft, dirty, reset, adopt } = useDraft<AnnualRules>(year.rules);
  const [error, setError] = useState<string | null>(null);
  const save = useChannelMutation('annual.updateRules', { success: '已保存计分规则', showError: false });
  const set = (change: Partial<AnnualRules>) => setDraft({ ...rules, ...change });
  // never rejects (a failure is shown above the rules), so the button fires and forgets it
  const submit = async () => {
    setError(null);
    try {
      const saved = await save.mutateAsync({ year: year.year, rules });
      adopt(saved.rules);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const part = { rules, set };

  return (
    <div className="annual-tab rules-tab">
      {!locked && (
        <RulesActions
          dirty={dirty}
          saving={save.isPending}
          weightSum={weightSum(rules.components)}
          error={error}
          onSave={() => void submit()}
          onUndo={() => { reset(); setError(null); }}
          onCloseError={() => setError(null)}
        />
      )}
      <div className="rules-scroll">
        <RulesCompositeSection year={year} {...part} />
        <RulesQuartersSection {...part} />
        <RulesEvaluationSection year={year} {...part} />
        <RulesConductSection year={year} {...part} />
        <RulesSection title="等次">
          <RulesRow label="等次名称">
            <RulesVocabularies value={rules.vocabularies} onChange={(vocabularies) => set({ vocabularies })} />
          </RulesRow>
          <RulesRow label="人员类别对应">
            <RulesCategoryMapping
              value={rules.categoryVocabulary}
              defaultVocabulary={rules.defaultVocabulary}
              vocabularies={rules.vocabularies}
              onChange={(categoryVocabulary, defaultVocabulary) => set({ categoryVocabulary, defaultVocabulary })}
            />
          </RulesRow>
          <RulesRow label="分数线">
            <RulesBands value={rules.bands} vocabularies={rules.vocabularies} onChange={(bands) => set({ bands })} />
          </RulesRow>
        </RulesSection>
        <RulesSection title="评优限制与处分">
          <RulesRow label="评优限制">
            <RulesGates value={rules.gates} vocabularies={rules.vocabularies} onChange={(gates) => set({ gates })} />
          </RulesRow>
          <RulesRow label="处分期" note="自处分决定之日起计算；不填为无期限。">
            <RulesSanctionMonths value={rules.sanctionMonths} onChange={(sanctionMonths) => set({ sanctionMonths })} />
          </RulesRow>
        </RulesSection>
        <RulesUndeterminedSection year={year.year} {...part} />
        <RulesGroupDefaults {...part} />
        <RulesResultsSection {...part} disabled={locked} />
      </div>
    </div>
  );
}
