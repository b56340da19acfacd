import {
  approvalChoiceLabels,
  candidatesByVotes,
  postNote,
  postNoteLabels,
  type CandidateResult,
  type PostResult,
  type PostVerdict,
  type RecommendationConfig,
  type RecommendationMarks,
  type RecommendationResults,
} from '../../../shared/recommendation';
import { roundingRule } from '../../../shared/numbers';
import { paperDayText } from '../../../shared/date-text';
import { addTableSheet, createWorkbook, displayWidth, safeSheetName, workbookBytes, type CellValue, type StyledWorkbook, type TableColumn } from '../../excel/write';

/**
 * The export of a 民主推荐 / 评选表优 / 赞成票 event (DOMAIN.md §5, §7), in the shared table style:
 *
 * - 推荐票: 「得票情况统计表」, one sheet for all posts. Every post has the same columns, so the table
 *   has one header (repeated on every printed page) and each post is a block under a section row
 *   「推荐职位：科长（应推荐1人） 有效票5张 作废1张 弃权0张」 with its candidates by votes;
 * - 赞成票: 「赞成票统计表」, the same shape with 赞成/不赞成/弃权 per 拟任人选;
 * - 「原始票据」: every live ballot by 票号, what it said for each post and what that counted as. Posts
 *   that do not fit one page wide go on 「原始票据（2）」…, so no post's columns are cut across pages.
 *
 * The session figures are in the line under the title; a session that does not count (实到 not above
 * the quorum, 收回 more than 发出) says so in the first row of the table, in bold. Rates are numbers at
 * full precision, shown with two decimals by the cell format, as in the 民主测评结果统计表.
 */

export const recommendResultsSheetName = '得票情况统计表';
export const approvalResultsSheetName = '赞成票统计表';
export const ballotsSheetName = '原始票据';

export interface RecommendationWorkbookInput {
  readonly event: { readonly name: string; readonly year: number; readonly date: string; readonly unitTitle: string; readonly config: RecommendationConfig };
  readonly results: RecommendationResults;
  /** the live round's ballots, sorted by 票号, each with what it gave every post (checkRecommendationBallot, in config.posts order) */
  readonly ballots: readonly { readonly ticketNo: string; readonly source: 'kiosk' | 'paper'; readonly marks: RecommendationMarks; readonly verdicts: readonly PostVerdict[] }[];
}

/** an ideographic space, as the office types between figures on a form line */
const gap = '\u3000';
const countFormat = '0';
const rateFormat = '0.00%';
/** as on the 民主测评结果统计表: filled in by hand */
const signatureLine = '计票人：                    监票人：                    日期：      年    月    日';
const sourceLabels: Readonly<Record<'kiosk' | 'paper', string>> = { kiosk: '现场', paper: '纸质' };

/**
 * About what A4 landscape holds at 100 % (770 pt at workbook-style's 6.8 pt per width unit). A
 * narrower table is widened to it (`spanPage`): centred over a narrow table the 18 pt title wraps
 * over two lines, and the page is landscape anyway.
 */
const pageUnits = 110;

/** Shares out what the table lacks of `pageUnits` among the columns that take long text. */
function spanPage<T extends TableColumn>(columns: readonly T[], stretch: (column: T) => boolean): T[] {
  const spare = pageUnits - columns.reduce((sum, c) => sum + c.width, 0);
  const stretched = columns.filter(stretch).length;
  if (spare <= 0 || stretched === 0) return [...columns];
  const extra = Math.floor(spare / stretched);
  return columns.map((c) => (stretch(c) ? { ...c, width: c.width + extra } : c));
}

/** A width that holds the longest of `texts` on one line, within [min, max] (a longer text wraps). */
function widthFor(texts: Iterable<CellValue>, min: number, max: number): number {
  let widest = 0;
  for (const t of texts) if (typeof t === 'string') widest = Math.max(widest, displayWidth(t));
  return Math.min(max, Math.max(min, widest + 2));
}

interface ResultColumn extends TableColumn {
  value(candidate: CandidateResult, index: number): CellValue;
}

/** 序号, 姓名, 单位, 职务: the columns that name a candidate, as wide as the names of every post need */
function identityColumns(results: RecommendationResults): ResultColumn[] {
  const candidates = results.posts.flatMap((p) => p.candidates);
  return [
    { header: '序号', width: 5, numFmt: countFormat, value: (_c, i) => i + 1 },
    { header: '姓名', width: widthFor(candidates.map((c) => c.name), 10, 16), wrap: true, value: (c) => c.name },
    { header: '单位', width: widthFor(candidates.map((c) => c.unitName), 14, 30), align: 'left', wrap: true, value: (c) => c.unitName },
    { header: '职务', width: widthFor(candidates.map((c) => c.post), 10, 24), wrap: true, value: (c) => c.post },
  ];
}

/** one column per 评委类别 when there are two or more (with one, it would repeat the total) */
function categoryColumns(config: RecommendationConfig, group: string): ResultColumn[] {
  if (config.categories.length < 2) return [];
  return config.categories.map((category, i) => ({
    header: category.name, width: 8, numFmt: countFormat, wrap: true, group,
    value: (c: CandidateResult) => c.votesByCategory[i] ?? 0,
  }));
}

const yesNo = (b: boolean) => (b ? '是' : '否');

/**
 * The rates under one group header (「得票率」 over 占有效票, 占实到, 加权): a long header per rate
 * would wrap mid-word in a column as narrow as its figures. The rate over the post's valid ballots
 * is a 推荐票's; the weighted rate is there when the event uses weights.
 */
function rateColumns(config: RecommendationConfig, group: string): ResultColumn[] {
  return [
    ...(config.kind === 'recommend' ? [{ header: '占有效票', width: 10, numFmt: rateFormat, group, value: (c: CandidateResult) => c.rateOfValid }] : []),
    { header: '占实到', width: 10, numFmt: rateFormat, group, value: (c) => c.rateOfPresent },
    ...(config.weighted ? [{ header: '加权', width: 10, numFmt: rateFormat, group, value: (c: CandidateResult) => c.weightedRate }] : []),
  ];
}

function recommendColumns(config: RecommendationConfig, results: RecommendationResults): ResultColumn[] {
  return [
    ...identityColumns(results),
    ...categoryColumns(config, '各类评委得票'),
    { header: '得票数', width: 7, numFmt: countFormat, value: (c) => c.votes },
    ...rateColumns(config, '得票率'),
    { header: '名次', width: 6, numFmt: countFormat, value: (c) => c.rank },
    { header: '是否过半数', width: 11, value: (c) => yesNo(c.majority) },
    { header: '备注', width: 10, wrap: true, value: (c) => (c.writeIn ? '另推荐' : '') },
  ];
}

function approvalColumns(config: RecommendationConfig, results: RecommendationResults): ResultColumn[] {
  return [
    ...identityColumns(results),
    { header: '赞成', width: 7, numFmt: countFormat, value: (c) => c.approvals?.yes ?? c.votes },
    { header: '不赞成', width: 7, numFmt: countFormat, value: (c) => c.approvals?.no ?? null },
    { header: '弃权', width: 7, numFmt: countFormat, value: (c) => c.approvals?.abstain ?? null },
    ...rateColumns(config, '赞成率'),
    { header: '是否过半', width: 9, value: (c) => yesNo(c.majority) },
    ...categoryColumns(config, '各类评委赞成票'),
  ];
}

/** 「2026年度科长民主推荐」: the event's name, with the year in front when the name leaves it out */
const eventTitle = (event: RecommendationWorkbookInput['event']) => `${event.unitTitle}${event.name.includes(String(event.year)) ? '' : `${event.year}年度`}${event.name}`;

export function resultsTitle(event: RecommendationWorkbookInput['event']): string {
  if (event.config.kind === 'approval') return `${eventTitle(event)}${/测评|赞成/.test(event.name) ? '' : '民主测评'}赞成票统计表`;
  return `${eventTitle(event)}${/推荐|评选/.test(event.name) ? '' : '民主推荐'}得票情况统计表`;
}

/** 应到9人，实到6人，发出9张，收回6张 */
const sessionLine = (session: RecommendationResults['session']): string =>
  `应到${session.expected}人，实到${session.present}人，发出${session.issued}张，收回${session.returned}张`;

/** Why the session does not count, in one sentence; '' when it does. */
function sessionWarning(config: RecommendationConfig, session: RecommendationResults['session']): string {
  const what = config.kind === 'approval' ? '测评' : '推荐';
  const q = config.quorum;
  const problems = [
    ...(session.overIssued ? [`收回票数多于发出票数，本次${what}无效`] : []),
    ...(session.quorumMet ? [] : [`实到人数未${q.inclusive ? '达到' : '超过'}应到人数的${q.numerator}/${q.denominator}，${what}结果不能作为依据`]),
  ];
  return problems.length > 0 ? `注意：${problems.join('；')}。` : '';
}

/** 「推荐职位：科长（应推荐1人） 有效票5张 作废1张 弃权0张」 */
function postHeading(config: RecommendationConfig, post: PostResult): string {
  if (config.kind === 'approval') return `拟任职务：${post.name}（拟任人选${post.candidates.length}人）`;
  return `推荐职位：${post.name}（应推荐${post.seats}人）${gap}有效票${post.valid}张${gap}作废${post.void}张${gap}弃权${post.abstain}张`;
}

/** 「科长：超过应推荐人数，该职位作废（1张）；…」: how many ballots carry each note, in the rules' order */
function postNotesLine(post: PostResult): string | null {
  const counted = postNote.options.flatMap((note) => (post.notes[note] ? [`${postNoteLabels[note]}（${post.notes[note]}张）`] : []));
  return counted.length > 0 ? `${post.name}：${counted.join('；')}。` : null;
}

/** The rules behind the figures, in words, so a reader can recompute them. */
function explanation(config: RecommendationConfig): string {
  if (config.kind === 'approval') {
    const weighted = config.weighted ? '；加权赞成率 = Σ 评委类别权重 × 该类别赞成票数 ÷ 该类别实到人数，权重按有实到人数的评委类别重新折算' : '';
    return `说明：赞成率 = 赞成票数 ÷ 实到人数（弃权计入实到）${weighted}；赞成票数超过实到人数的一半为过半；未划或多划的视为弃权。${roundingRule}。`;
  }
  const weighted = config.weighted ? '；加权得票率 = Σ 评委类别权重 × 该类别得票数 ÷ 该类别有效票数，权重按有有效票的评委类别重新折算' : '';
  return `说明：得票率（占有效票）= 得票数 ÷ 该职位有效票数；得票率（占实到）= 得票数 ÷ 实到人数${weighted}；得票数超过该职位有效票数的一半为过半数；得票数相同者名次并列。`
    + `推荐人数超过应推荐人数的，该票该职位作废，不影响其他职位；未推荐任何人的为弃权，计入有效票。${roundingRule}。`;
}

/** 评委类别：领导班子成员（权重30%，应到3人，实到2人）；… — only when there are several */
function categoriesLine(config: RecommendationConfig, session: RecommendationResults['session']): string | null {
  if (config.categories.length < 2) return null;
  const parts = config.categories.map((c) => {
    const s = session.categories.find((x) => x.code === c.code);
    const figures = [...(config.weighted ? [`权重${c.weight}%`] : []), ...(s ? [`应到${s.expected}人`, `实到${s.present}人`, `收回${s.returned}张`] : [])];
    return `${c.name}（${figures.join('，')}）`;
  });
  return `评委类别：${parts.join('；')}。`;
}

function writeResultsSheet(workbook: StyledWorkbook, input: RecommendationWorkbookInput): void {
  const { event, results } = input;
  const { config } = event;
  const approval = config.kind === 'approval';
  // unit and post names take what is left of the page
  const columns = spanPage(approval ? approvalColumns(config, results) : recommendColumns(config, results), (c) => c.header === '单位' || c.header === '职务');
  const sheet = addTableSheet(workbook, {
    sheetName: approval ? approvalResultsSheetName : recommendResultsSheetName,
    title: resultsTitle(event),
    subtitle: { left: sessionLine(results.session), right: `${approval ? '测评' : '推荐'}日期：${paperDayText(event.date)}` },
    columns,
    landscape: true,
  });
  const warning = sessionWarning(config, results.session);
  if (warning) sheet.addMergedRow(warning, 'total');
  for (const post of results.posts) {
    sheet.addMergedRow(postHeading(config, post), 'section');
    const rows = approval ? post.candidates : candidatesByVotes(post);
    rows.forEach((c, i) => sheet.addRow(columns.map((column) => column.value(c, i))));
    if (rows.length === 0) sheet.addMergedRow(approval ? '未设拟任人选' : '无人得票', 'total');
  }
  sheet.addMergedRow('', 'note');
  sheet.addMergedRow(explanation(config), 'note');
  const categories = categoriesLine(config, results.session);
  if (categories) sheet.addMergedRow(categories, 'note');
  for (const post of results.posts) {
    const notes = postNotesLine(post);
    if (notes) sheet.addMergedRow(notes, 'note');
  }
  sheet.addMergedRow('', 'note');
  sheet.addMergedRow(signatureLine, 'note');
  sheet.finish();
}

/** 「张三、赵六、孙八（另推荐）」: the names as marked, listed candidates first */
function recommendedNames(post: RecommendationConfig['posts'][number], marks: RecommendationMarks['posts'][string] | undefined): string {
  if (!marks) return '';
  const names = new Map(post.candidates.map((c) => [c.personId, c.name]));
  return [...marks.chosen.map((id) => names.get(id) ?? `（编号 ${id}）`), ...marks.writeIns.map((w) => `${w.name}（另推荐）`)].join('、');
}

/** 「张三：赞成；李四：弃权（未划）」: what each line counted as, and why a line is 弃权 when it was not ticked so */
function approvalLines(post: RecommendationConfig['posts'][number], marks: RecommendationMarks['posts'][string] | undefined, verdict: PostVerdict | undefined): string {
  return post.candidates.map((c) => {
    const ticked = new Set(marks?.approvals[String(c.personId)] ?? []);
    const choice = verdict?.approvals[String(c.personId)] ?? 'abstain';
    const why = ticked.size === 0 ? '（未划）' : ticked.size > 1 ? '（多划）' : '';
    return `${c.name}：${approvalChoiceLabels[choice]}${why}`;
  }).join('；');
}

const verdictWord = (v: PostVerdict | undefined) => (!v ? '' : v.void ? '作废' : v.abstain ? '弃权' : '有效');

/**
 * How wide a 原始票据 sheet may get and still print one page wide with its text at 8 pt or more
 * (workbook-style's `printLayout`: 770 pt of A4 landscape at 6.8 pt per width unit, 8.5/11 scale).
 * Posts beyond it go on a further sheet rather than on pages across, which would cut a post's
 * columns apart.
 */
const onePageUnits = 140;

/** Posts in order, as many to a sheet as print one page wide beside the key columns. */
function postsPerSheet(widths: readonly number[], keyUnits: number): number[][] {
  const sheets: number[][] = [];
  let current: number[] = [];
  let units = keyUnits;
  widths.forEach((w, i) => {
    if (current.length > 0 && units + w > onePageUnits) {
      sheets.push(current);
      current = [];
      units = keyUnits;
    }
    current.push(i);
    units += w;
  });
  if (current.length > 0) sheets.push(current);
  return sheets;
}

function writeBallotsSheets(workbook: StyledWorkbook, input: RecommendationWorkbookInput): void {
  const { event } = input;
  const { config } = event;
  const approval = config.kind === 'approval';
  const categoryNames = new Map(config.categories.map((c) => [c.code, c.name]));
  // by 票号 (random), never in entry order: they come sorted, and stay so whatever the caller did
  const sorted = [...input.ballots].sort((a, b) => (a.ticketNo < b.ticketNo ? -1 : a.ticketNo > b.ticketNo ? 1 : 0));
  // per ballot, per post: 所推荐人选, 结果, 说明 (推荐票) or every line's choice (赞成票)
  const cells = sorted.map((ballot) => config.posts.map((post, i): CellValue[] => {
    const marks = ballot.marks.posts[post.code];
    const verdict = ballot.verdicts[i];
    if (approval) return [approvalLines(post, marks, verdict)];
    return [recommendedNames(post, marks), verdictWord(verdict), (verdict?.notes ?? []).map((n) => postNoteLabels[n]).join('；')];
  }));
  // each post's columns; its names column as wide as its longest entry needs, within limits
  const postColumns = config.posts.map((post, i): TableColumn[] => {
    const width = (min: number, max: number) => widthFor(cells.map((c) => c[i]![0]), min, max);
    if (approval) return [{ header: post.name, width: width(Math.max(24, displayWidth(post.name) + 2), 60), align: 'left', wrap: true }];
    return [
      { header: '所推荐人选', width: width(14, 30), align: 'left', wrap: true, group: post.name },
      { header: '结果', width: 6, group: post.name },
      { header: '说明', width: 28, align: 'left', wrap: true, group: post.name },
    ];
  });
  const keyColumns: TableColumn[] = [{ header: '票号', width: 12, numFmt: '@' }, { header: '来源', width: 6 }, { header: '评委类别', width: 14, wrap: true }];
  const keyUnits = keyColumns.reduce((sum, c) => sum + c.width, 0);
  const taken = new Set<string>([approval ? approvalResultsSheetName : recommendResultsSheetName]);
  postsPerSheet(postColumns.map((cs) => cs.reduce((sum, c) => sum + c.width, 0)), keyUnits).forEach((posts, n) => {
    const sheet = addTableSheet(workbook, {
      // 原始票据, 原始票据（2）, …
      sheetName: safeSheetName(ballotsSheetName, taken),
      title: `${eventTitle(event)}原始票据${n > 0 ? '（续）' : ''}`,
      subtitle: { left: `${approval ? '测评' : '推荐'}日期：${paperDayText(event.date)}`, right: `共${input.ballots.length}张，按票号排列` },
      // what the ballots said takes what is left of the page
      columns: spanPage([...keyColumns, ...posts.flatMap((i) => postColumns[i]!)], (c) => c.align === 'left'),
      landscape: true,
      signatureFooter: false,
      // should a sheet still be too wide, its pages across each start with the 票号
      keyColumns: 1,
    });
    sorted.forEach((ballot, b) => {
      sheet.addRow([ballot.ticketNo, sourceLabels[ballot.source], categoryNames.get(ballot.marks.category) ?? ballot.marks.category, ...posts.flatMap((i) => cells[b]![i]!)]);
    });
    sheet.finish();
  });
}

export async function writeRecommendationWorkbook(input: RecommendationWorkbookInput): Promise<Uint8Array> {
  const workbook = createWorkbook();
  writeResultsSheet(workbook, input);
  writeBallotsSheets(workbook, input);
  return workbookBytes(workbook);
}
