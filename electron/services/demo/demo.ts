import type { ChannelOutput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { writeAudit } from '../../../db/audit';
import { hasRosterData, rosterCounts } from '../../../db/roster-counts';
import type { AppContext } from '../../context';
import { demoPeopleStep } from './people-step';
import { demoEvaluationStep } from './evaluation-step';
import { demoRecommendationStep } from './recommendation-step';
import { demoStarsStep } from './stars-step';
import { demoAnnualStep } from './annual-step';
import { demoHistoryStep } from './history-step';
import type { DemoEnv, DemoStep } from './steps';
import { demoUnitsStep } from './units-step';
import { demoTasksStep } from './tasks-step';
import { demoWeeklyStep } from './weekly-step';
import { demoCampaignStep } from './campaign-step';
import { demoInspectionsStep } from './inspections-step';
import { demoUnitReviewStep } from './unit-review-step';
import { demoBulletinsStep } from './bulletins-step';

/**
 * The parts of the demo, in order. Later features append theirs (述职测评, 双十星, 年度考核). The
 * 能力作风建设 steps (DOMAIN §8) come after the 年度考核, whose 考核年度 they belong to.
 */
export const demoSteps: readonly DemoStep[] = [
  demoUnitsStep, demoPeopleStep, demoEvaluationStep, demoRecommendationStep, demoStarsStep, demoAnnualStep, demoHistoryStep,
  demoTasksStep, demoWeeklyStep, demoCampaignStep, demoInspectionsStep, demoUnitReviewStep,
  // after the tasks, 周晒, 督查 and 科室评议 they count
  demoBulletinsStep,
];

/**
 * 「载入演示数据」: only into an empty database, so demo people never mix with a real roster. All
 * steps run in one transaction with one audit row of the demo's own (the 通报 registered through
 * the 督查 service keep theirs, as a user's would); a failing step leaves nothing behind.
 */
export function loadDemoData(ctx: AppContext): ChannelOutput<'demo.load'> {
  const db = ctx.db;
  const now = ctx.now();
  return db.transaction(() => {
    if (hasRosterData(db)) {
      throw new AppError('DEMO_DATA_EXISTS', '已有数据，不能再载入演示数据。演示数据只能载入到空的数据库中');
    }
    const env: DemoEnv = { db, ctx, now, unitIds: new Map(), personIds: new Map() };
    const parts = demoSteps.map((step) => step.run(env));
    const loaded = rosterCounts(db);
    writeAudit(db, { actor: ctx.actor(), action: 'demo.load', entity: 'demo', summary: `载入演示数据：${parts.join('、')}`, subjects: '演示数据', after: loaded }, now);
    return loaded;
  })();
}
