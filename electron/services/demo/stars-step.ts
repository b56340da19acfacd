import { periodsFor, type ReviewPeriod, defaultSchemeSettings, starPresetFor, addDays, awardFrom, publicityEnd } from '../../../shared/stars';
import type { StarSchemeKind } from '../../../shared/stars';
import type { Db } from '../../../db/open';
import { getPersonRow } from '../../../db/people';
import { emptyStarState, ensureReview, recordStep, setDisqualificationRow, setPublicityRow, setRemarkRow, writeState, insertStarScheme, replaceStarItems } from '../../../db/stars';
import { pick, seededRandom, seedOf, type Random } from './random';
import type { DemoStep } from './steps';
import { localDay } from '../../context';

/**
 * 双十星 of the demo office: both schemes of the demo year from the presets, and a full year of
 * quarterly 三评一公示 for every 中共党员 and every unit, so the boards are filled at once. A few
 * targets hold all ten stars (十星级), some stars are refused, one person has 廉洁自律星 removed
 * (摘星) and one is 不得参评 for a quarter. Drawn from seeded streams: the same on every machine.
 *
 * Nothing is dated after the day of loading (the services refuse future dates, and so does the
 * demo): a quarter reviewed late in its last month is moved earlier when its 授星 would fall after
 * today, and a quarter not far enough along stops at the last step that has happened.
 */

/** The annual 述职 and 年终考核 meet at the turn of the year: loaded in January or February it is last year's. */
const demoYear = (now: Date) => (now.getUTCMonth() < 2 ? now.getUTCFullYear() - 1 : now.getUTCFullYear());

/** Who holds every star in every quarter. */
const tenStarPeople: ReadonlySet<string> = new Set(['周立新', '何丽娟', '林建峰']);
const tenStarUnits: ReadonlySet<string> = new Set(['办公室', '人防工程管理所']);
/** 摘星 ten days after the fourth-quarter award, so it shows on the year board too */
const removal = { name: '袁志华', code: 'integrity', reason: '列入负面清单：违反工作纪律受到通报批评' } as const;
/** 不得参评 in the second quarter */
const disqualification = { name: '谢文涛', period: 2, reason: '未参加组织生活', note: '连续三个月未参加支部主题党日' } as const;

const refuseReasons = ['本期民主测评同意率未达到三分之二', '佐证材料不足以证明达到评星标准', '本期未承担相应任务'];

interface DemoTarget { readonly id: number; readonly name: string; readonly allTen: boolean }

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

type DemoDates = Record<'self' | 'vote' | 'decision' | 'publicity' | 'award', string> & { readonly end: string };

/**
 * The step dates of one period: 自评 on the 15th of its last month … 公示 from the 24th, 授星 the day
 * after the 公示 ends; all moved back together when 授星 would fall after today, as long as 自评
 * stays inside the period. Otherwise the period is under way: the dates stay, and only the steps
 * dated up to today are done.
 */
function demoDates(period: ReviewPeriod, publicityDays: number, today: string): DemoDates {
  const month = period.end.slice(0, 8);
  const at = (shift: number): DemoDates => {
    const publicity = addDays(`${month}24`, -shift);
    const end = publicityEnd(publicity, publicityDays);
    return { self: addDays(`${month}15`, -shift), vote: addDays(`${month}18`, -shift), decision: addDays(`${month}22`, -shift), publicity, end, award: awardFrom(end) };
  };
  const plain = at(0);
  if (plain.award <= today) return plain;
  const moved = at(dayNumber(plain.award) - dayNumber(today));
  return moved.self >= period.start ? moved : plain;
}

function runScheme(db: Db, year: number, kind: StarSchemeKind, targets: readonly DemoTarget[], now: Date): void {
  const settings = defaultSchemeSettings(kind, year);
  const schemeId = insertStarScheme(db, year, kind, settings, now);
  const items = starPresetFor(kind);
  replaceStarItems(db, schemeId, items);
  const today = localDay(now);
  for (const period of periodsFor(settings.cycle, year)) {
    const dates = demoDates(period, settings.publicityDays, today);
    const done = (step: keyof DemoDates) => dates[step] <= today;
    if (!done('self')) continue;
    const award = dates.award;
    if (done('publicity')) setPublicityRow(db, schemeId, period.no, { start: dates.publicity, end: dates.end, days: settings.publicityDays, by: '机关党委' });
    for (const t of targets) {
      const random: Random = seededRandom(seedOf(`kaoping-demo:双十星:${kind}:${t.name}:${period.no}`));
      const reviewId = ensureReview(db, schemeId, period.no, kind, t.id);
      if (kind === 'person' && t.name === disqualification.name && period.no === disqualification.period) {
        setDisqualificationRow(db, reviewId, { reason: disqualification.reason, note: disqualification.note, date: addDays(period.start, 4), by: '机关党支部' });
        continue;
      }
      // a strong target claims most stars; everyone claims the 基础星
      const claimed = items.filter((item) => t.allTen || item.tier === 'basic' || random() < 0.75);
      for (const item of claimed) {
        const refused = !t.allTen && random() < 0.12;
        const agree = refused ? 8 + Math.floor(random() * 5) : 15 + Math.floor(random() * 6);
        const refuseReason = refused ? pick(random, refuseReasons) : '';
        const decided = done('decision');
        writeState(db, reviewId, schemeId, {
          ...emptyStarState(item.code),
          claimed: true,
          claimNote: item.evidenceRequired ? '见年度工作台账及相关材料' : '',
          agree: done('vote') ? agree : null,
          disagree: done('vote') ? 20 - agree : null,
          decision: decided ? (refused ? 'refuse' : 'award') : null,
          refuseReason: decided ? refuseReason : '',
          publishedOn: decided && done('publicity') ? dates.publicity : null,
          awardedOn: !refused && done('award') ? award : null,
        });
      }
      recordStep(db, reviewId, 'self', dates.self, t.name);
      if (done('vote')) recordStep(db, reviewId, 'vote', dates.vote, '民主测评小组');
      if (done('decision')) recordStep(db, reviewId, 'decision', dates.decision, kind === 'person' ? '支部委员会' : '机关党委');
      if (done('publicity')) recordStep(db, reviewId, 'publicity', dates.publicity, '机关党委');
      if (done('award')) recordStep(db, reviewId, 'award', award, '机关党委');
      if (kind === 'person' && t.name === removal.name && period.no === 4 && done('award')) {
        const state = { ...emptyStarState(removal.code), claimed: true, agree: 16, disagree: 4, decision: 'award' as const, awardedOn: award, publishedOn: dates.publicity };
        // ten days after the award, or today if that is sooner
        const removedOn = [addDays(award, 10), today].sort()[0]!;
        writeState(db, reviewId, schemeId, { ...state, removedOn, removedReason: removal.reason });
        setRemarkRow(db, reviewId, '廉洁自律星已摘除');
      }
    }
  }
}

export const demoStarsStep: DemoStep = {
  label: '双十星',
  run(env) {
    const year = demoYear(env.now);
    const people: DemoTarget[] = [...env.personIds].flatMap(([name, id]) =>
      getPersonRow(env.db, id)?.political === '中共党员' ? [{ id, name, allTen: tenStarPeople.has(name) }] : []);
    const units: DemoTarget[] = [...env.unitIds].map(([path, id]) => {
      const name = path.split('/').pop()!;
      return { id, name, allTen: tenStarUnits.has(name) };
    });
    runScheme(env.db, year, 'person', people, env.now);
    runScheme(env.db, year, 'org', units, env.now);
    return `${year}年度双十星评星（${people.length} 名党员、${units.length} 个党组织，按季度）`;
  },
};
