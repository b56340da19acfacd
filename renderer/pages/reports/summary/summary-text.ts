import type { OutcomeCode } from '../../../../shared/annual';
import type { SummaryReport } from '../../../../shared/reports/views';

/** Words of the 年终考核汇总报告 (pure, unit-tested): title, sentences, numbers as the report prints them. */

type OutcomeCount = SummaryReport['totals']['byOutcome'][number];

/** 一、二、… for the section headings */
export const sectionNumber = (n: number): string => {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${digits[n - 10]}`;
  return `${digits[Math.floor(n / 10)]}十${digits[n % 10]}`;
};

/** 「某市国防动员办公室2026年度年终考核汇总报告」, and 「（未确定）」 while the year is not final */
export const summaryTitle = (r: Pick<SummaryReport, 'unitTitle' | 'year' | 'final'>): string => `${r.unitTitle}${r.year}年度年终考核汇总报告${r.final ? '' : '（未确定）'}`;

/** the PDF's file name: the title, without characters a file name cannot hold */
export const summaryFileName = (r: Pick<SummaryReport, 'unitTitle' | 'year' | 'final'>): string => `${summaryTitle(r).replace(/[\\/:*?"<>|]+/g, ' ').trim()}.pdf`;

/** 2 decimals, as the composite is shown everywhere; empty for none */
export const scoreText = (n: number | null): string => (n == null ? '' : n.toFixed(2));

/** share of a whole as 「16.67%」 (two decimals, like the workbooks); 「0.00%」 of nobody */
export const percentText = (part: number, whole: number): string => `${(whole === 0 ? 0 : (part / whole) * 100).toFixed(2)}%`;

export const countOf = (list: readonly OutcomeCount[], outcome: OutcomeCode): number => list.find((o) => o.outcome === outcome)?.count ?? 0;
export const labelOf = (list: readonly OutcomeCount[], outcome: OutcomeCode, fallback: string): string => list.find((o) => o.outcome === outcome)?.label ?? fallback;

/** Outcomes shown as table columns: the four levels always, 不定等次 only when someone has it. */
export function outcomeColumns(totals: SummaryReport['totals']): OutcomeCount[] {
  return totals.byOutcome.filter((o) => o.outcome !== 'undetermined' || o.count > 0);
}

/** people the distribution leaves out: not confirmed and without a suggestion */
export const uncounted = (totals: SummaryReport['totals']): number => totals.participants - totals.byOutcome.reduce((n, o) => n + o.count, 0);

/**
 * 总体情况's first paragraph: 「本年度参加年度考核60人，已确定等次60人。其中：优秀11人，占18.33%；
 * 称职（合格）46人，占76.67%；……」
 */
export function overviewSentence(r: Pick<SummaryReport, 'final' | 'totals'>): string {
  const { participants, confirmed } = r.totals;
  if (participants === 0) return '本年度尚无参加年度考核的人员。';
  const head = `本年度参加年度考核${participants}人，已确定等次${confirmed}人${confirmed < participants ? `，尚未确定${participants - confirmed}人（以下按建议等次统计）` : ''}。`;
  const parts = r.totals.byOutcome.filter((o) => o.count > 0).map((o) => `${o.label}${o.count}人，占${percentText(o.count, participants)}`);
  const left = uncounted(r.totals);
  const tail = left > 0 ? `另有${left}人综合得分尚不完整，暂无等次。` : '';
  return parts.length > 0 ? `${head}其中：${parts.join('；')}。${tail}` : `${head}${tail}`;
}

/** The opening paragraph, saying plainly whether the figures are final. */
export function openingSentence(r: Pick<SummaryReport, 'year' | 'final' | 'totals'>): string {
  if (r.final) return `${r.year}年度考核工作已经结束，考核委员会已确定全部参加人员的考核等次。现将考核结果汇总报告如下。`;
  const allConfirmed = r.totals.participants > 0 && r.totals.confirmed === r.totals.participants;
  return allConfirmed
    ? `${r.year}年度考核等次已全部确定，尚未确认锁定，结果以考核委员会最终确认为准。现将有关情况汇总报告如下。`
    : `${r.year}年度考核工作正在进行，考核等次尚未全部确定，本报告中未确定等次的人员按建议等次统计，结果以考核委员会最终确定为准。现将有关情况汇总报告如下。`;
}

/** 「机关科室优秀名额6名，确定优秀7名，超出1名。」 for each group over its quota */
export function overQuotaSentences(r: Pick<SummaryReport, 'groups' | 'final'>): string[] {
  return r.groups
    .filter((g) => g.overQuota)
    .map((g) => {
      const excellent = countOf(g.byOutcome, 'excellent');
      const head = `${g.name}${labelOf(g.byOutcome, 'excellent', '优秀')}名额${g.excellentQuota}名，${r.final ? '确定' : '确定及建议'}${excellent}名，超出${excellent - g.excellentQuota}名`;
      return r.final ? `${head}（经考核委员会研究决定）。` : `${head}，须经考核委员会研究决定。`;
    });
}

/** 「十星级党员干部6人：周立新（某市国防动员办公室）、……。」 */
export function tenStarSentence(people: SummaryReport['tenStar']['people']): string {
  if (people.length === 0) return '本年度无年终认定的十星级党员干部。';
  return `年终认定十星级党员干部${people.length}人：${people.map((p) => (p.unitName ? `${p.name}（${p.unitName}）` : p.name)).join('、')}。`;
}

export function tenStarOrgSentence(orgs: SummaryReport['tenStar']['orgs']): string {
  if (orgs.length === 0) return '本年度无年终认定的十星级党组织。';
  return `年终认定十星级党组织${orgs.length}个：${orgs.map((o) => o.name).join('、')}。`;
}

/** 「参加评星46人，平均获星7.85颗；获星8颗及以上的30人。」 from the star counts */
export function starCountSentence(counts: SummaryReport['starCounts']): string {
  const people = counts.reduce((n, c) => n + c.people, 0);
  if (people === 0) return '本年度党员干部评星方案尚无评星记录。';
  const stars = counts.reduce((n, c) => n + c.stars * c.people, 0);
  const top = Math.max(...counts.map((c) => c.stars));
  const high = counts.filter((c) => c.stars >= top - 2).reduce((n, c) => n + c.people, 0);
  return `参加评星${people}人，年终平均获星${(stars / people).toFixed(2)}颗；获星${top - 2}颗及以上的${high}人，占${percentText(high, people)}。`;
}
