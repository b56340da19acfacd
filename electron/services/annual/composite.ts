import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { capOf } from '../../../shared/annual/gates';
import { outcomeAllows } from '../../../shared/annual/outcome-order';
import { outcomeLabel, undeterminedLabel, type AnnualRules, type OutcomeCode } from '../../../shared/annual/rules';
import { compositeView, type CommitteeBlock, type CompositeView } from '../../../shared/annual/views';
import { writeAudit } from '../../../db/audit';
import { clearConfirmationRow, confirmedOutcomesOf, writeConfirmation, type ConfirmationWrite } from '../../../db/annual/composite';
import type { AnnualYearRecord } from '../../../db/annual/years';
import type { Db } from '../../../db/open';
import { listParticipantRecords } from '../../../db/annual/participants';
import type { AppContext } from '../../context';
import { requireOpenYear, requireParticipant, requireYear } from './common';
import { joinReasons, outcomeText, subjectsText } from '../audit';
import { buildLiveComposite, type LiveComposite } from './composite-build';

/**
 * 综合评定 and the 考核委员会's 等次 (DOMAIN.md §4). The app suggests; the committee confirms each
 * 等次. A confirmation batch is refused as a whole (nothing stored) when, for any of its entries:
 *
 * - the outcome differs from the current suggestion (or there is no suggestion) without a reason;
 * - 不定等次 does not match: 'undetermined' for someone who gets a 等次, or a 等次 for someone who is
 *   不定等次. 不定等次 is decided in 「年度考核方案」 (roster dates, or the office's override with its
 *   reason), so the committee changes it there, not here, and the two never disagree;
 * - the outcome is above what a rule gate allows (处分, no “好” quarter, 双十星 不得评优): those are
 *   regulations, not judgements. The score band gate is a judgement and only needs the reason;
 * - confirmed 优秀 in a group would exceed its quota, unless entries confirming 优秀 carry an
 *   overrideReason covering every place over the quota (the committee's explicit decision, kept
 *   on those entries and shown in red).
 */

/** The view as it stands: a locked year's frozen view, else computed now. */
export function compositeViewOf(db: Db, record: AnnualYearRecord, now = new Date()): CompositeView {
  if (record.status === 'locked' && record.resultsJson) return compositeView.parse(JSON.parse(record.resultsJson));
  return buildLiveComposite(db, record, now).view;
}

export function annualComposite(ctx: AppContext, input: ParsedInput<'annual.composite'>): ChannelOutput<'annual.composite'> {
  return compositeViewOf(ctx.db, requireYear(ctx.db, input.year), ctx.now());
}

type Entry = ParsedInput<'annual.confirm'>['entries'][number];

/** 「张三、李四、王五等12人」 */
function namesText(names: readonly string[], limit = 5): string {
  return names.length <= limit ? names.join('、') : `${names.slice(0, limit).join('、')}等${names.length}人`;
}

const labelFor = (rules: AnnualRules, vocabulary: 'civil' | 'institution', outcome: OutcomeCode | null) =>
  outcome == null ? '无建议等次' : outcome === 'undetermined' ? undeterminedLabel : outcomeLabel(rules.vocabularies[vocabulary], outcome);

/** Checks a batch against the live composite and returns what to store; throws the first kind of problem, naming everyone it concerns. */
export function confirmationWrites(live: LiveComposite, entries: readonly Entry[]): ConfirmationWrite[] {
  const { rules } = live.view;
  const rowOf = (personId: number) => {
    const i = live.indexOf.get(personId)!;
    return { participant: live.participants[i]!, figure: live.output.rows[i]! };
  };

  const seen = new Set<number>();
  const duplicates = entries.filter((e) => (seen.has(e.personId) ? true : (seen.add(e.personId), false)));
  if (duplicates.length > 0) {
    throw new AppError('CONFIRM_DUPLICATE', `同一人员只能确定一个等次，以下人员重复出现：${namesText(duplicates.map((e) => rowOf(e.personId).participant.name))}`);
  }

  const mismatched = entries.filter((e) => (e.outcome === 'undetermined') !== live.undetermined.get(e.personId));
  if (mismatched.length > 0) {
    const wrongly = mismatched.filter((e) => e.outcome === 'undetermined').map((e) => rowOf(e.personId).participant.name);
    const needLevel = mismatched.filter((e) => e.outcome !== 'undetermined').map((e) => rowOf(e.personId).participant.name);
    const parts = [
      wrongly.length > 0 ? `${namesText(wrongly)}不属于不定等次人员，不能确定为不定等次` : '',
      needLevel.length > 0 ? `${namesText(needLevel)}属于不定等次人员，只能确定为不定等次` : '',
    ].filter(Boolean);
    throw new AppError('CONFIRM_UNDETERMINED_MISMATCH', `${parts.join('；')}。如需调整，请先在「年度考核方案」的参加人员中修改“不定等次”并填写理由`);
  }

  const aboveGate = entries.flatMap((e) => {
    const { participant, figure } = rowOf(e.personId);
    const rulesGates = figure.gates.filter((g) => g.code !== 'band' && g.code !== 'undetermined');
    if (outcomeAllows(capOf(rulesGates), e.outcome)) return [];
    const blocking = rulesGates.filter((g) => !outcomeAllows(g.maxOutcome, e.outcome)).map((g) => g.label);
    return [`${participant.name}（${blocking.join('；')}）`];
  });
  if (aboveGate.length > 0) {
    throw new AppError('CONFIRM_ABOVE_GATE', `以下人员确定的等次高于规定允许的等次，不能确定：${aboveGate.slice(0, 5).join('、')}${aboveGate.length > 5 ? `等${aboveGate.length}人` : ''}`);
  }

  // a tied block at the 优秀 boundary is the committee's to decide, so its 等次 is written down with a reason whatever it is
  const unexplained = entries.filter((e) => {
    const { figure } = rowOf(e.personId);
    return (e.outcome !== figure.suggested || figure.committee) && e.reason.trim() === '';
  });
  if (unexplained.length > 0) {
    const described = unexplained.map((e) => {
      const { participant, figure } = rowOf(e.personId);
      if (figure.committee && e.outcome === figure.suggested) return `${participant.name}（与第${figure.rank}名并列，优秀名额不足，由考核委员会确定）`;
      return `${participant.name}（建议：${labelFor(rules, participant.vocabulary, figure.suggested)}，确定：${labelFor(rules, participant.vocabulary, e.outcome)}）`;
    });
    throw new AppError('CONFIRM_REASON_REQUIRED', `确定的等次与建议等次不同（或没有建议等次）时，须填写理由。未填写理由的有：${described.slice(0, 5).join('、')}${described.length > 5 ? `等${described.length}人` : ''}`);
  }

  // 优秀 quota per group, counting the group's confirmed 优秀 outside this batch.
  const batch = new Set(entries.map((e) => e.personId));
  const overQuotaGroups = new Set<number>();
  for (const group of live.view.groups) {
    const kept = live.participants.filter((p) => p.groupId === group.id && p.confirmed === 'excellent' && !batch.has(p.personId));
    const incoming = entries.filter((e) => e.outcome === 'excellent' && rowOf(e.personId).participant.groupId === group.id);
    const total = kept.length + incoming.length;
    if (incoming.length === 0 || total <= group.excellentQuota) continue;
    overQuotaGroups.add(group.id);
    const over = total - group.excellentQuota;
    const covered = kept.filter((p) => p.overrideReason.trim() !== '').length + incoming.filter((e) => e.overrideReason.trim() !== '').length;
    if (covered < over) {
      const excellent = rules.vocabularies.civil.levels[0];
      throw new AppError(
        'EXCELLENT_QUOTA_EXCEEDED',
        `${group.name}：${excellent}名额为${group.excellentQuota}名，确定后将有${total}名${excellent}，超出${over}名。超出名额须经考核委员会研究决定，请为超出名额的人员填写超额理由`,
      );
    }
  }

  return entries.map((e) => {
    const { participant, figure } = rowOf(e.personId);
    const overQuota = e.outcome === 'excellent' && overQuotaGroups.has(participant.groupId);
    return { personId: e.personId, outcome: e.outcome, suggested: figure.suggested, reason: e.reason.trim(), overrideReason: overQuota ? e.overrideReason.trim() : '' };
  });
}

/**
 * The one audit row of a confirmation batch: every person named with the 等次 confirmed, and for
 * each the suggestion, the 等次 before, and the reason given (issue 10 §7). The per-person detail
 * goes in before/after and in the worded changes.
 */
function confirmationAudit(live: LiveComposite, writes: readonly ConfirmationWrite[], verb: string, scope: string) {
  const { rules, year } = live.view;
  const people = writes.map((w) => {
    const p = live.participants[live.indexOf.get(w.personId)!]!;
    const word = (o: OutcomeCode | null, none?: string) => outcomeText(rules, p.vocabulary, o, none);
    return { w, p, suggested: word(w.suggested, '无建议等次'), before: word(p.confirmed), after: word(w.outcome), differs: w.outcome !== w.suggested };
  });
  const notes = people.flatMap(({ w, p, suggested, differs }) => [
    differs ? `${p.name}与建议等次（${suggested}）不同：${w.reason}` : '',
    w.overrideReason ? `${p.name}超出优秀名额：${w.overrideReason}` : '',
  ]).filter(Boolean);
  const listed = people.map(({ p, after }) => `${p.name} ${after}`);
  const shown = listed.length <= 10 ? listed.join('、') : `${listed.slice(0, 10).join('、')}等${listed.length}人`;
  return {
    summary: `${verb}${year}年度考核等次${scope}：${shown}${notes.length > 0 ? `（${notes.join('；')}）` : ''}`,
    subjects: subjectsText(`${year}年度考核`, people.map(({ p }) => p.name)),
    reason: notes.join('；'),
    changes: people.map(({ w, p, suggested, before, after }) => ({
      subject: p.name, field: '等次', before, after,
      note: joinReasons([`建议等次：${suggested}`, w.reason ? `理由：${w.reason}` : '', w.overrideReason ? `超额理由：${w.overrideReason}` : '']),
    })),
    before: people.map(({ p, before }) => ({ personId: p.personId, name: p.name, outcome: before, reason: p.confirmReason, overrideReason: p.overrideReason })),
    after: people.map(({ w, p, suggested, after }) => ({
      personId: p.personId, name: p.name, suggested, outcome: after, code: w.outcome, reason: w.reason, overrideReason: w.overrideReason,
    })),
  };
}

/** Stores a checked batch with one audit row; returns how many were saved. */
export function storeConfirmations(
  ctx: AppContext, live: LiveComposite, writes: readonly ConfirmationWrite[], action: 'annual.confirm' | 'annual.confirmAsSuggested' | 'annual.recordMeeting', verb: string, scope = '',
  /** more writes of the same transaction (the meeting that decided them) */
  alongside?: () => void,
): number {
  const db = ctx.db;
  const actor = ctx.actor();
  const now = new Date();
  const at = now.toISOString();
  const audit = confirmationAudit(live, writes, verb, scope);
  db.transaction(() => {
    alongside?.();
    for (const w of writes) writeConfirmation(db, live.view.year, w, actor, at);
    writeAudit(db, { actor, action, entity: 'annual_year', entityId: live.view.year, ...audit }, now);
  })();
  return writes.length;
}

export function confirmOutcomes(ctx: AppContext, input: ParsedInput<'annual.confirm'>): ChannelOutput<'annual.confirm'> {
  const db = ctx.db;
  const record = requireOpenYear(db, input.year);
  for (const e of input.entries) requireParticipant(db, input.year, e.personId);
  const live = buildLiveComposite(db, record, ctx.now());
  const writes = confirmationWrites(live, input.entries);
  return { saved: storeConfirmations(ctx, live, writes, 'annual.confirm', '确定') };
}

export function confirmAsSuggested(ctx: AppContext, input: ParsedInput<'annual.confirmAsSuggested'>): ChannelOutput<'annual.confirmAsSuggested'> {
  const db = ctx.db;
  const record = requireOpenYear(db, input.year);
  const live = buildLiveComposite(db, record, ctx.now());
  if (input.groupId != null && !live.groups.some((g) => g.id === input.groupId)) {
    throw new AppError('ANNUAL_GROUP_NOT_FOUND', `${input.year}年度考核中没有该考核分组，请刷新后重试`);
  }
  const open = live.participants.flatMap((p, i) => {
    const figure = live.output.rows[i]!;
    if (p.confirmed != null || figure.suggested == null || (input.groupId != null && p.groupId !== input.groupId)) return [];
    return [{ p, figure }];
  });
  // tied blocks at the 优秀 boundary stay open: the page tells the committee to decide them one by one
  const leftForCommittee = committeeBlocks(live, open.filter((o) => o.figure.committee));
  const entries: Entry[] = open.filter((o) => !o.figure.committee).map((o) => ({ personId: o.p.personId, outcome: o.figure.suggested!, reason: '', overrideReason: '' }));
  if (entries.length === 0) return { saved: 0, leftForCommittee };
  const writes = confirmationWrites(live, entries);
  const scope = input.groupId == null ? '' : `（${live.groups.find((g) => g.id === input.groupId)!.name}）`;
  return { saved: storeConfirmations(ctx, live, writes, 'annual.confirmAsSuggested', '按建议确定', scope), leftForCommittee };
}

/** The tied blocks among `left`, per group (in group order) and rank. */
function committeeBlocks(live: LiveComposite, left: readonly { p: LiveComposite['participants'][number]; figure: LiveComposite['output']['rows'][number] }[]): CommitteeBlock[] {
  const blocks = new Map<string, CommitteeBlock>();
  const ordered = [...left].sort((a, b) => live.groups.findIndex((g) => g.id === a.p.groupId) - live.groups.findIndex((g) => g.id === b.p.groupId) || (a.figure.rank ?? 0) - (b.figure.rank ?? 0));
  for (const { p, figure } of ordered) {
    const key = `${p.groupId}:${figure.rank}`;
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = { groupName: live.groups.find((g) => g.id === p.groupId)?.name ?? '', rank: figure.rank ?? 0, names: [] }));
    block.names.push(p.name);
  }
  return [...blocks.values()];
}

export function clearConfirmation(ctx: AppContext, input: ParsedInput<'annual.clearConfirmation'>): ChannelOutput<'annual.clearConfirmation'> {
  const db = ctx.db;
  const record = requireOpenYear(db, input.year);
  const people = [...new Set(input.personIds)].map((id) => requireParticipant(db, input.year, id));
  const before = confirmedOutcomesOf(db, input.year, people.map((p) => p.personId));
  const vocabularies = new Map(listParticipantRecords(db, input.year).map((r) => [r.personId, r.vocabulary]));
  return db.transaction(() => {
    let cleared = 0;
    for (const p of people) if (clearConfirmationRow(db, input.year, p.personId)) cleared++;
    if (cleared > 0) {
      const undone = people.flatMap((p) => {
        const b = before.find((r) => r.personId === p.personId);
        return b ? [{ p, b, outcome: outcomeText(record.rules, vocabularies.get(p.personId) ?? 'civil', b.confirmed) }] : [];
      });
      writeAudit(db, {
        actor: ctx.actor(), action: 'annual.clearConfirmation', entity: 'annual_year', entityId: input.year,
        summary: `撤销${input.year}年度考核已确定的等次：${namesText(undone.map(({ p, outcome }) => `${p.name}（${outcome}）`), 10)}`,
        subjects: subjectsText(`${input.year}年度考核`, undone.map(({ p }) => p.name)),
        changes: undone.map(({ p, b, outcome }) => ({
          subject: p.name, field: '等次', before: outcome, after: '未确定', note: joinReasons([b.reason ? `原理由：${b.reason}` : '', `原由${b.confirmedBy}确定`]),
        })),
        before: undone.map(({ p, b, outcome }) => ({ ...b, name: p.name, outcome })),
      });
    }
    return { cleared };
  })();
}
