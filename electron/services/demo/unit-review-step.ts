import { presetConfig, tallyEvaluation, ticketFromRandom, ticketRandomBytes, unitReviewPresetKey, validateBallot } from '../../../shared/evaluation';
import type { BallotMarks, EvaluationConfig } from '../../../shared/evaluation';
import { closeEventRow, dropEmptySlots, insertEvent, insertTarget, insertTicket, listTargets, setEventAttendanceRow } from '../../../db/evaluation';
import { getUnitRow, unitsInTreeOrder } from '../../../db/units';
import { defaultParticipantUnits } from '../../../shared/weekly';
import { ensureRoundSlots, evaluationSlots, storePaperBallot } from '../evaluation';
import { demoCalendar } from './conduct-calendar';
import { seededBytes, seededRandom, seedOf, weightedIndex } from './random';
import type { DemoEnv, DemoStep } from './steps';

/**
 * A closed 科室评议 of the demo office (DOMAIN §8.4): last month's work of its 科室 and 事业单位 (the units
 * that post 周晒), rated on paper ballots by the three 评委类别 of the preset and entered like the
 * 述职测评 of evaluation-step.ts, so 「科室评议」 and the 月度通报 have a score per unit at once. Units
 * the 督查 found wanting are rated lower. One seeded stream: the same results on every machine.
 */

/** relative weights of 满意, 基本满意, 不满意, 不了解 per unit (others: the usual) */
const profiles: Readonly<Record<string, readonly [number, number, number, number]>> = {
  办公室: [78, 18, 2, 2],
  人防指挥通信科: [72, 22, 3, 3],
  工程管理科: [48, 36, 12, 4],
  人防工程管理所: [42, 40, 14, 4],
  指挥信息保障中心: [60, 28, 4, 8],
};
const usualProfile = [64, 28, 4, 4] as const;
const levelCodes = ['satisfied', 'basic', 'dissatisfied', 'unknown'] as const;

/** Per 评委类别: 应到, 发出 and returned (all returned ones are entered). */
const demoCategories = [
  { code: 'A', expected: 4, issued: 4, returned: 4 },
  { code: 'B', expected: 22, issued: 22, returned: 20 },
  { code: 'C', expected: 12, issued: 10, returned: 10 },
] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The month rated: the one before today's (December when the demo year is last year), held on its 28th. */
export function demoReviewMonth(now: Date): { year: number; month: number; date: string } {
  const c = demoCalendar(now);
  const month = c.today.startsWith(`${c.year}-`) ? Math.max(1, Number(c.today.slice(5, 7)) - 1) : 12;
  const date = `${c.year}-${pad2(month)}-28`;
  return { year: c.year, month, date: date < c.today ? date : c.today };
}

export const demoUnitReviewStep: DemoStep = {
  label: '科室评议',
  run(env: DemoEnv) {
    const { db, now } = env;
    const random = seededRandom(seedOf('kaoping-demo:科室评议'));
    const { year, month, date } = demoReviewMonth(now);
    const base = presetConfig(unitReviewPresetKey)!;
    const config: EvaluationConfig = {
      ...base,
      categories: base.categories.map((c) => {
        const figures = demoCategories.find((d) => d.code === c.code)!;
        return { ...c, expected: figures.expected, issued: figures.issued };
      }),
    };
    const eventId = insertEvent(db, {
      name: `${year}年${month}月科室评议`, year, date, unitTitle: '某市国防动员办公室', presetKey: unitReviewPresetKey, config, reviewPeriod: `${year}-${pad2(month)}`,
    }, now);
    const unitIds = defaultParticipantUnits(unitsInTreeOrder(db));
    unitIds.forEach((unitId, i) => {
      const unit = getUnitRow(db, unitId)!;
      const parent = unit.parentId == null ? undefined : getUnitRow(db, unit.parentId);
      insertTarget(db, eventId, { personId: null, unitId, name: unit.name, post: '', unitName: parent?.name ?? '', group: '' }, i + 1);
    });
    const targets = listTargets(db, eventId);
    const targetIds = targets.map((t) => t.id);

    const tickets: string[] = [];
    const issued = demoCategories.reduce((n, c) => n + c.issued, 0);
    while (tickets.length < issued) {
      const ticket = ticketFromRandom(seededBytes(random, ticketRandomBytes));
      if (insertTicket(db, eventId, ticket, 'paper')) tickets.push(ticket);
    }
    const slotEvent = evaluationSlots({ id: eventId, config });
    ensureRoundSlots(db, slotEvent, 'live');

    const ballots: { marks: BallotMarks; valid: boolean; reasons: ReturnType<typeof validateBallot>['reasons'] }[] = [];
    for (const category of demoCategories) {
      for (let b = 0; b < category.returned; b++) {
        const marks: BallotMarks = {
          category: category.code,
          lines: targets.map((t) => ({ targetId: t.id, level: levelCodes[weightedIndex(random, profiles[t.name] ?? usualProfile)]!, scores: {} })),
        };
        const outcome = validateBallot(config, targetIds, marks);
        storePaperBallot(db, slotEvent, 'live', tickets[ballots.length]!, { marks, valid: outcome.valid, reasons: outcome.reasons });
        ballots.push({ marks, valid: outcome.valid, reasons: outcome.reasons });
      }
    }
    const attendance = Object.fromEntries(demoCategories.map((c) => [c.code, c.returned]));
    setEventAttendanceRow(db, eventId, attendance);
    // closed at the end of its meeting (or now, if that is sooner)
    const closedAt = new Date(`${date}T10:00:00Z`);
    closeEventRow(db, eventId, tallyEvaluation({ config, targets: targets.map((t) => ({ id: t.id, name: t.name, post: t.post, group: t.group })), ballots, attendance }), closedAt < now ? closedAt : now);
    dropEmptySlots(db, eventId);
    return `${year}年${month}月科室评议（${unitIds.length} 个科室和单位、${ballots.length} 张评议票）`;
  },
};
