import { invalidReason, type BallotMarks, type EvaluationConfig, type InvalidReason } from './config';
import { currentTallyVersion, type EvaluationResults, type SessionFigures, type TallyCell, type TargetResult } from './results';
import { rankWithTies } from '../numbers';
import { suggestLevel } from './red-lines';
import { bandFor, formScore, indicatorScore, levelScore, normalizeScore, quorumMet, trimmedMean, weightedOverall } from './scoring';

/**
 * The tally of one 测评活动 (DOMAIN.md §2): raw counts first, every rate and score derived from them,
 * full precision (display.ts rounds). Only valid ballots reach a cell; invalid ones count in the
 * session figures (收回, 无效, by reason) and change no score.
 */

export interface TallyBallot {
  readonly valid: boolean;
  readonly reasons: readonly InvalidReason[];
  readonly marks: BallotMarks;
}

export interface TallyTarget {
  readonly id: number;
  readonly name: string;
  readonly post: string;
  readonly group: string;
}

export interface TallyInput {
  config: EvaluationConfig;
  targets: readonly TallyTarget[];
  ballots: readonly TallyBallot[];
  /** category code -> 实到 entered on the day; missing = 收回 */
  attendance: Readonly<Record<string, number>>;
}

/** The band of the score, then the red lines as the ballot states them (red-lines.ts). */
function suggestionFor(config: EvaluationConfig, scoreLevel: string | null, crossed: TargetResult['redLines']) {
  const { level, decidedBy } = suggestLevel(config, scoreLevel, crossed);
  return { suggestedLevel: level, scoreLevel, decidedBy };
}

/** Rates are flagged only when clearly past the line, not by float noise (14/21 vs 2/3). */
const rateTolerance = 1e-12;

export function tallyEvaluation(input: TallyInput): EvaluationResults {
  const { config, targets, ballots, attendance } = input;
  const categories = config.categories;
  const levels = config.form === 'score' ? [] : config.levels;
  const indicators = config.form === 'level' ? [] : config.indicators;
  const C = categories.length;
  const L = levels.length;
  const I = indicators.length;
  const T = targets.length;

  const categoryIndex = new Map(categories.map((c, i) => [c.code, i]));
  const targetIndex = new Map(targets.map((t, i) => [t.id, i]));
  const levelIndex = new Map(levels.map((l, i) => [l.code, i]));

  // raw counts, flat arrays indexed [target][category][level|indicator]
  const votes = new Int32Array(T * C * L);
  // lines with at least one score: a 评分票's non-abstaining lines (a ballot with levels counts 弃权 by its levels)
  const scoredLines = new Int32Array(T * C);
  const scores: number[][] = Array.from({ length: T * C * I }, () => []);
  const returned = new Int32Array(C);
  const valid = new Int32Array(C);
  const invalid = new Int32Array(C);
  // ballots whose category is not in the config (cannot pass ballotStructureErrors; counted in the totals only)
  const stray = { returned: 0, valid: 0, invalid: 0 };
  const invalidByReason: Record<string, number> = Object.fromEntries(invalidReason.options.map((r) => [r, 0]));
  // a target twice on one ballot counts once (the stamp is the ballot's number + 1)
  const stamp = new Int32Array(T);

  ballots.forEach((ballot, b) => {
    const ci = categoryIndex.get(ballot.marks.category);
    if (!ballot.valid) {
      for (const r of new Set(ballot.reasons)) invalidByReason[r] = (invalidByReason[r] ?? 0) + 1;
      if (ci === undefined) {
        stray.returned++;
        stray.invalid++;
      } else {
        returned[ci]!++;
        invalid[ci]!++;
      }
      return;
    }
    if (ci === undefined) {
      stray.returned++;
      stray.valid++;
      return;
    }
    returned[ci]!++;
    valid[ci]!++;
    for (const line of ballot.marks.lines) {
      const ti = targetIndex.get(line.targetId);
      if (ti === undefined || stamp[ti] === b + 1) continue;
      stamp[ti] = b + 1;
      const cell = ti * C + ci;
      if (line.level !== null) {
        const li = levelIndex.get(line.level);
        if (li !== undefined) votes[cell * L + li]!++;
      }
      let scored = false;
      for (let k = 0; k < I; k++) {
        const s = line.scores[indicators[k]!.code];
        if (s !== null && s !== undefined && Number.isFinite(s)) {
          scores[cell * I + k]!.push(s);
          scored = true;
        }
      }
      if (scored) scoredLines[cell]!++;
    }
  });

  const makeCell = (category: string | null, validCount: number, voteCounts: ArrayLike<number>, scored: number, scoreLists: readonly (readonly number[])[]): TallyCell => {
    const voteRecord: Record<string, number> = {};
    let excellent = 0;
    let approval = 0;
    let fail = 0;
    let cast = 0;
    levels.forEach((level, li) => {
      const n = voteCounts[li]!;
      cast += n;
      voteRecord[level.code] = n;
      if (level.excellent) excellent += n;
      if (level.approval) approval += n;
      if (level.fail) fail += n;
    });
    const rate = (n: number) => (L === 0 || validCount === 0 ? null : n / validCount);
    const indicatorMeans: Record<string, number | null> = {};
    let trimmed = false;
    indicators.forEach((ind, k) => {
      const m = trimmedMean(scoreLists[k]!, config.trimmedMean);
      indicatorMeans[ind.code] = m.mean;
      trimmed ||= m.trimmed;
    });
    const ls = L === 0 ? null : levelScore(voteRecord, levels);
    const is = I === 0 ? null : indicatorScore(indicatorMeans, indicators);
    return {
      category,
      valid: validCount,
      votes: voteRecord,
      // with levels on the ballot, 弃权 is every valid ballot that cast no level here (scores or not)
      abstain: validCount - (L > 0 ? cast : scored),
      excellentRate: rate(excellent),
      approvalRate: rate(approval),
      failRate: rate(fail),
      levelScore: ls,
      indicatorMeans,
      indicatorScore: is,
      score: formScore(config, ls, is),
      trimmed,
    };
  };

  const results: TargetResult[] = targets.map((target, ti) => {
    const byCategory = categories.map((category, ci) => {
      const cell = ti * C + ci;
      const lists = indicators.map((_, k) => scores[cell * I + k]!);
      return makeCell(category.code, valid[ci]!, votes.subarray(cell * L, cell * L + L), scoredLines[cell]!, lists);
    });
    const overall = weightedOverall(categories.map((c, ci) => ({ weight: c.weight, score: byCategory[ci]!.score })));

    // 合计: every valid ballot pooled (votes summed, scores pooled); its score is the weighted overall
    const totalVotes = new Int32Array(L);
    let totalValid = 0;
    let totalScored = 0;
    const pooled: number[][] = indicators.map(() => []);
    for (let ci = 0; ci < C; ci++) {
      const cell = ti * C + ci;
      totalValid += valid[ci]!;
      totalScored += scoredLines[cell]!;
      for (let li = 0; li < L; li++) totalVotes[li]! += votes[cell * L + li]!;
      for (let k = 0; k < I; k++) for (const s of scores[cell * I + k]!) pooled[k]!.push(s);
    }
    const total = { ...makeCell(null, totalValid, totalVotes, totalScored, pooled), score: overall };
    const redLines = {
      lowApproval: total.approvalRate !== null && total.approvalRate < config.redLines.minApprovalRate - rateTolerance,
      highFail: total.failRate !== null && total.failRate > config.redLines.maxFailRate + rateTolerance,
    };

    return {
      targetId: target.id,
      name: target.name,
      post: target.post,
      group: target.group,
      byCategory,
      total,
      overall,
      normalized: null,
      rank: null,
      ...suggestionFor(config, bandFor(overall, config.bands), redLines),
      redLines,
    };
  });

  // normalisation and rank, within each group
  const groups = new Map<string, number[]>();
  results.forEach((r, i) => {
    const members = groups.get(r.group);
    if (members) members.push(i);
    else groups.set(r.group, [i]);
  });
  for (const members of groups.values()) {
    if (config.normalize.enabled) {
      let max: number | null = null;
      for (const i of members) {
        const o = results[i]!.overall;
        if (o !== null && (max === null || o > max)) max = o;
      }
      for (const i of members) results[i]!.normalized = normalizeScore(results[i]!.overall, max, config.normalize.fullPoints);
    }
    const ranks = rankWithTies(members.map((i) => results[i]!.normalized ?? results[i]!.overall));
    members.forEach((i, k) => {
      results[i]!.rank = ranks[k]!;
    });
  }

  const session: SessionFigures[] = categories.map((c, ci) => ({
    category: c.code,
    expected: c.expected,
    present: attendance[c.code] ?? returned[ci]!,
    issued: c.issued,
    returned: returned[ci]!,
    valid: valid[ci]!,
    invalid: invalid[ci]!,
  }));
  const sum = (key: keyof Omit<SessionFigures, 'category'>) => session.reduce((acc, s) => acc + s[key], 0);
  const sessionTotal: SessionFigures = {
    category: null,
    expected: sum('expected'),
    present: sum('present') + stray.returned,
    issued: sum('issued'),
    returned: sum('returned') + stray.returned,
    valid: sum('valid') + stray.valid,
    invalid: sum('invalid') + stray.invalid,
  };

  return {
    tallyVersion: currentTallyVersion,
    targets: results,
    session,
    sessionTotal,
    quorumMet: quorumMet(sessionTotal.present, sessionTotal.expected, config.quorum),
    overReturned:
      session.some((s) => s.issued > 0 && s.returned > s.issued) || (sessionTotal.issued > 0 && sessionTotal.returned > sessionTotal.issued),
    invalidByReason,
  };
}
