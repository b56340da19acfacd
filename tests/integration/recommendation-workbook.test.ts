import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyFontName } from '../../electron/excel/write';
import { writeRecommendationWorkbook, type RecommendationWorkbookInput } from '../../electron/services/recommendation/recommendation-workbook';
import { formatRate } from '../../shared/numbers';
import { checkRecommendationBallot, recommendationConfig, type RecommendationConfig, type RecommendationMarks } from '../../shared/recommendation';
import { convertWithLibreOffice, pdfPages, pdfPageTexts, referenceHeights, requireTools, savePagePngs, squeeze, wordsBelow, writeReferenceWorkbook, type PdfPage } from '../helpers/print-pdf';
import { approvalBallots, approvalConfig, exampleBallots, exampleConfig, exampleEligible, tallyOf } from '../helpers/recommendation-builders';

/**
 * The export of a 民主推荐 / 赞成票 event (DOMAIN.md §5, §7) on the worked example of §7: the cells a
 * user reads, read back with exceljs, and the printout by LibreOffice (no word under 8 pt, one page wide).
 */

/** 票号 in entry order: the 原始票据 must list them sorted, not as entered */
const tickets = ['K7Q2', 'A3M9', 'Z1X4', 'C8D5', 'M2N6', 'B4T7'];

function workbookInput(config: RecommendationConfig, ballots: readonly RecommendationMarks[], attendance?: Record<string, number>): RecommendationWorkbookInput {
  const approval = config.kind === 'approval';
  return {
    event: { name: approval ? '拟任人选民主测评' : '科级干部民主推荐', year: 2026, date: '2026-12-02', unitTitle: '某市国防动员办公室', config },
    results: tallyOf(ballots, config, attendance ?? (approval ? {} : undefined)),
    ballots: ballots
      .map((marks, i) => ({ ticketNo: tickets[i]!, source: i >= 4 ? ('paper' as const) : ('kiosk' as const), marks, verdicts: checkRecommendationBallot(config, marks, exampleEligible) }))
      .sort((a, b) => (a.ticketNo < b.ticketNo ? -1 : 1)),
  };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

/** A row as printed: rates as their two-decimal percent, empty cells as ''. */
function shown(sheet: ExcelJS.Worksheet, row: number, from = 1, to = sheet.columnCount): unknown[] {
  const out: unknown[] = [];
  for (let c = from; c <= to; c++) {
    const cell = sheet.getRow(row).getCell(c);
    const v = cell.value;
    out.push(typeof v === 'number' && cell.numFmt === '0.00%' ? formatRate(v) : (v ?? ''));
  }
  return out;
}

/** the line under the title: its left and right parts (exceljs gives every cell of a merge the master's value) */
const subtitleOf = (sheet: ExcelJS.Worksheet) => [...new Set(shown(sheet, 2).filter((v) => v !== ''))];

/** the worked example with two more posts nobody marked: four posts do not fit one 原始票据 page */
const fourPosts = recommendationConfig.parse({
  ...exampleConfig,
  posts: [...exampleConfig.posts, { ...exampleConfig.posts[1]!, code: 'P3', name: '办公室主任' }, { ...exampleConfig.posts[1]!, code: 'P4', name: '办公室副主任' }],
});

let recommendBytes: Uint8Array;
let approvalBytes: Uint8Array;
let fourPostsBytes: Uint8Array;
beforeAll(async () => {
  recommendBytes = await writeRecommendationWorkbook(workbookInput(exampleConfig, exampleBallots));
  approvalBytes = await writeRecommendationWorkbook(workbookInput(approvalConfig, approvalBallots));
  fourPostsBytes = await writeRecommendationWorkbook(workbookInput(fourPosts, exampleBallots));
});

describe('推荐票: 得票情况统计表 and 原始票据', () => {
  it('titles, the session line and the warning that 实到 is exactly 2/3 of 应到', async () => {
    const book = await load(recommendBytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['得票情况统计表', '原始票据']);
    const sheet = book.getWorksheet('得票情况统计表')!;
    expect(sheet.getCell('A1').value).toBe('某市国防动员办公室2026年度科级干部民主推荐得票情况统计表');
    expect(subtitleOf(sheet)).toEqual(['应到9人，实到6人，发出9张，收回6张', '推荐日期：2026年12月2日']);
    // two header rows: the categories and the rates under group headers
    expect(shown(sheet, 3)).toEqual(['序号', '姓名', '单位', '职务', '各类评委得票', '各类评委得票', '得票数', '得票率', '得票率', '得票率', '名次', '是否过半数', '备注']);
    expect(shown(sheet, 4, 5, 10)).toEqual(['领导班子成员', '中层干部', '得票数', '占有效票', '占实到', '加权']);
    expect(sheet.getCell('A5').value).toBe('注意：实到人数未超过应到人数的2/3，推荐结果不能作为依据。');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.printTitlesRow).toBe('3:4');
  });

  it('科长 and 副科长: each a block of candidates by votes, with rates, rank and 过半数 as worked out in DOMAIN.md §7', async () => {
    const sheet = (await load(recommendBytes)).getWorksheet('得票情况统计表')!;
    expect(sheet.getCell('A6').value).toBe('推荐职位：科长（应推荐1人）\u3000有效票5张\u3000作废1张\u3000弃权0张');
    expect(shown(sheet, 7)).toEqual([1, '张三', '人防科', '科员', 1, 1, 2, '40.00%', '33.33%', '38.33%', 1, '否', '']);
    expect(shown(sheet, 8)).toEqual([2, '李四', '人防科', '科员', 1, 0, 1, '20.00%', '16.67%', '15.00%', 2, '否', '']);
    expect(shown(sheet, 9)).toEqual([3, '孙八', '指挥科', '科员', 0, 1, 1, '20.00%', '16.67%', '23.33%', 2, '否', '另推荐']);
    expect(sheet.getCell('A10').value).toBe('推荐职位：副科长（应推荐2人）\u3000有效票5张\u3000作废1张\u3000弃权1张');
    expect(shown(sheet, 11)).toEqual([1, '王五', '人防科', '科员', 2, 0, 2, '40.00%', '33.33%', '30.00%', 1, '否', '']);
    expect(shown(sheet, 12)).toEqual([2, '赵六', '人防科', '科员', 1, 1, 2, '40.00%', '33.33%', '38.33%', 1, '否', '']);
    expect(shown(sheet, 13)).toEqual([3, '钱七', '人防科', '科员', 0, 1, 1, '20.00%', '16.67%', '23.33%', 3, '否', '']);
    // numbers stay numbers: the format shows two decimals
    expect(sheet.getCell('H7').value).toBeCloseTo(0.4, 12);
    expect(sheet.getCell('H7').numFmt).toBe('0.00%');
  });

  it("under the blocks: the rules in words, the categories, each post's notes counted, and the 计票人/监票人 line", async () => {
    const sheet = (await load(recommendBytes)).getWorksheet('得票情况统计表')!;
    const texts = Array.from({ length: sheet.rowCount - 13 }, (_, i) => String(sheet.getCell(`A${14 + i}`).value ?? ''));
    expect(texts[1]).toMatch(/^说明：得票率（占有效票）= 得票数 ÷ 该职位有效票数；.*分数和百分比均保留两位小数/);
    expect(texts[2]).toBe('评委类别：领导班子成员（权重30%，应到3人，实到2人，收回2张）；中层干部（权重70%，应到6人，实到4人，收回4张）。');
    expect(texts[3]).toBe('科长：超过应推荐人数，该职位作废（1张）；另推荐人选不在花名册或不符合条件，不计票（1张）。');
    expect(texts[4]).toBe('副科长：超过应推荐人数，该职位作废（1张）；未推荐任何人，视为弃权（1张）；同一人重复推荐，计一票（1张）。');
    expect(texts.at(-1)).toMatch(/^计票人：\s+监票人：\s+日期：/);
  });

  it('原始票据: by 票号, with what each post was given, 作废/弃权 and the reasons', async () => {
    const sheet = (await load(recommendBytes)).getWorksheet('原始票据')!;
    expect(sheet.getCell('A1').value).toBe('某市国防动员办公室2026年度科级干部民主推荐原始票据');
    expect(shown(sheet, 3)).toEqual(['票号', '来源', '评委类别', '科长', '科长', '科长', '副科长', '副科长', '副科长']);
    expect(shown(sheet, 4, 4)).toEqual(['所推荐人选', '结果', '说明', '所推荐人选', '结果', '说明']);
    expect(Array.from({ length: 6 }, (_, i) => shown(sheet, 5 + i))).toEqual([
      ['A3M9', '现场', '领导班子成员', '李四', '有效', '', '王五', '有效', ''],
      ['B4T7', '纸质', '中层干部', '周九（另推荐）', '有效', '另推荐人选不在花名册或不符合条件，不计票', '钱七', '有效', ''],
      ['C8D5', '现场', '中层干部', '张三、李四', '作废', '超过应推荐人数，该职位作废', '赵六、赵六', '有效', '同一人重复推荐，计一票'],
      ['K7Q2', '现场', '领导班子成员', '张三', '有效', '', '王五、赵六', '有效', ''],
      ['M2N6', '纸质', '中层干部', '孙八（另推荐）', '有效', '', '', '弃权', '未推荐任何人，视为弃权'],
      ['Z1X4', '现场', '中层干部', '张三', '有效', '', '王五、赵六、钱七', '作废', '超过应推荐人数，该职位作废'],
    ]);
    expect(sheet.rowCount).toBe(10);
  });

  it('a session that counts has no warning; 收回 more than 发出 voids it', async () => {
    const counted = (await load(await writeRecommendationWorkbook(workbookInput(exampleConfig, exampleBallots, { A: 3, B: 4 })))).getWorksheet('得票情况统计表')!;
    expect(subtitleOf(counted)[0]).toBe('应到9人，实到7人，发出9张，收回6张');
    expect(String(counted.getCell('A5').value)).toMatch(/^推荐职位：科长/);
    const few = recommendationConfig.parse({ ...exampleConfig, categories: exampleConfig.categories.map((c) => ({ ...c, issued: 2 })) });
    const voided = (await load(await writeRecommendationWorkbook(workbookInput(few, exampleBallots, { A: 3, B: 4 })))).getWorksheet('得票情况统计表')!;
    expect(voided.getCell('A5').value).toBe('注意：收回票数多于发出票数，本次推荐无效。');
  });

  it('posts that do not fit one page wide go on a further 原始票据 sheet, never cut across pages', async () => {
    const book = await load(fourPostsBytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['得票情况统计表', '原始票据', '原始票据（2）']);
    const more = book.getWorksheet('原始票据（2）')!;
    expect(more.getCell('A1').value).toBe('某市国防动员办公室2026年度科级干部民主推荐原始票据（续）');
    expect(shown(more, 3)).toEqual(['票号', '来源', '评委类别', '办公室主任', '办公室主任', '办公室主任', '办公室副主任', '办公室副主任', '办公室副主任']);
    expect(shown(more, 5)).toEqual(['A3M9', '现场', '领导班子成员', '', '弃权', '未推荐任何人，视为弃权', '', '弃权', '未推荐任何人，视为弃权']);
  });
});

describe('赞成票: 赞成票统计表 and 原始票据', () => {
  it('per 拟任人选 赞成, 不赞成, 弃权, 赞成率 of 实到, 过半, and 赞成 per 评委类别', async () => {
    const book = await load(approvalBytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['赞成票统计表', '原始票据']);
    const sheet = book.getWorksheet('赞成票统计表')!;
    expect(sheet.getCell('A1').value).toBe('某市国防动员办公室2026年度拟任人选民主测评赞成票统计表');
    expect(subtitleOf(sheet)).toEqual(['应到9人，实到5人，发出9张，收回5张', '测评日期：2026年12月2日']);
    expect(shown(sheet, 3)).toEqual(['序号', '姓名', '单位', '职务', '赞成', '不赞成', '弃权', '赞成率', '是否过半', '各类评委赞成票', '各类评委赞成票']);
    expect(shown(sheet, 4, 8)).toEqual(['占实到', '是否过半', '领导班子成员', '中层干部']);
    expect(sheet.getCell('A5').value).toBe('注意：实到人数未超过应到人数的2/3，测评结果不能作为依据。');
    expect(sheet.getCell('A6').value).toBe('拟任职务：拟任科长（拟任人选2人）');
    expect(shown(sheet, 7)).toEqual([1, '张三', '人防科', '科员', 3, 1, 1, '60.00%', '是', 2, 1]);
    expect(shown(sheet, 8)).toEqual([2, '李四', '人防科', '科员', 2, 1, 2, '40.00%', '否', 1, 1]);
    const notes = Array.from({ length: sheet.rowCount - 8 }, (_, i) => String(sheet.getCell(`A${9 + i}`).value ?? ''));
    expect(notes).toContain('拟任科长：未划或多划，视为弃权（1张）。');
    expect(notes.at(-1)).toMatch(/^计票人：/);
  });

  it("原始票据: one cell per post, each line's choice and why a line is 弃权", async () => {
    const sheet = (await load(approvalBytes)).getWorksheet('原始票据')!;
    expect(shown(sheet, 3)).toEqual(['票号', '来源', '评委类别', '拟任科长']);
    expect(Array.from({ length: 5 }, (_, i) => shown(sheet, 4 + i))).toEqual([
      ['A3M9', '现场', '领导班子成员', '张三：赞成；李四：不赞成'],
      ['C8D5', '现场', '中层干部', '张三：不赞成；李四：弃权'],
      ['K7Q2', '现场', '领导班子成员', '张三：赞成；李四：赞成'],
      ['M2N6', '纸质', '中层干部', '张三：赞成；李四：赞成'],
      ['Z1X4', '现场', '中层干部', '张三：弃权（多划）；李四：弃权（未划）'],
    ]);
  });
});

describe('printed by LibreOffice', () => {
  const minimumPoints = 8;
  const outputDir = path.resolve(__dirname, '../output/recommendation-workbook');
  let dir: string;
  let pdfs: { recommend: PdfPage[]; approval: PdfPage[]; fourPosts: PdfPage[]; recommendText: string[]; approvalText: string[]; fourPostsText: string[] };
  let reference: ReturnType<typeof referenceHeights>;

  beforeAll(async () => {
    requireTools('soffice', 'pdftotext', 'pdftoppm');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-recommendation-'));
    const referenceFile = path.join(dir, '00-reference.xlsx');
    await writeReferenceWorkbook(referenceFile, minimumPoints, bodyFontName);
    const recommendFile = path.join(dir, 'recommend.xlsx');
    const approvalFile = path.join(dir, 'approval.xlsx');
    fs.writeFileSync(recommendFile, recommendBytes);
    fs.writeFileSync(approvalFile, approvalBytes);
    const fourPostsFile = path.join(dir, 'four-posts.xlsx');
    fs.writeFileSync(fourPostsFile, fourPostsBytes);
    // one soffice run for all of them: each start costs seconds
    const [referencePdf, recommendPdf, approvalPdf, fourPostsPdf] = convertWithLibreOffice([referenceFile, recommendFile, approvalFile, fourPostsFile], dir);
    reference = referenceHeights(pdfPages(referencePdf!));
    pdfs = {
      recommend: pdfPages(recommendPdf!), approval: pdfPages(approvalPdf!), fourPosts: pdfPages(fourPostsPdf!),
      recommendText: pdfPageTexts(recommendPdf!), approvalText: pdfPageTexts(approvalPdf!), fourPostsText: pdfPageTexts(fourPostsPdf!),
    };
    // for a person to look at
    fs.rmSync(outputDir, { recursive: true, force: true });
    savePagePngs(recommendPdf!, outputDir, 'recommend');
    savePagePngs(approvalPdf!, outputDir, 'approval');
    savePagePngs(fourPostsPdf!, outputDir, 'four-posts');
    fs.copyFileSync(recommendPdf!, path.join(outputDir, 'recommend.pdf'));
    fs.copyFileSync(approvalPdf!, path.join(outputDir, 'approval.pdf'));
  }, 300_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`no word under ${minimumPoints} pt, A4 landscape, each sheet on one page with every column`, () => {
    for (const [name, pages, texts] of [['recommend', pdfs.recommend, pdfs.recommendText], ['approval', pdfs.approval, pdfs.approvalText]] as const) {
      // one page per sheet: the 统计表, then the 原始票据
      expect(pages.map((p) => [Math.round(p.width), Math.round(p.height)]), name).toEqual([[842, 595], [842, 595]]);
      for (const page of pages) expect(wordsBelow(page, reference).map((w) => w.text), `${name} page ${page.number}`).toEqual([]);
      // the last columns and the signature line made it onto the page
      for (const word of name === 'recommend' ? ['是否过半数', '备注', '另推荐'] : ['是否过半', '中层干部']) expect(squeeze(texts[0]!), name).toContain(word);
      expect(squeeze(texts[0]!)).toContain('计票人：监票人：');
    }
    expect(squeeze(pdfs.recommendText[0]!)).toContain('某市国防动员办公室2026年度科级干部民主推荐得票情况统计表');
    expect(squeeze(pdfs.recommendText[1]!)).toContain('王五、赵六、钱七');
  });

  it('four posts: each 原始票据 sheet on one page with both its posts, no word under 8 pt', () => {
    // the last two pages, one per sheet: nothing printed on pages across
    const ballotPages = pdfs.fourPostsText.map(squeeze).slice(-2);
    expect(pdfs.fourPostsText.map(squeeze).filter((t) => t.includes('原始票据'))).toEqual(ballotPages);
    expect(ballotPages[0]).toMatch(/科长.*副科长/);
    expect(ballotPages[1]).toMatch(/原始票据（续）.*办公室主任.*办公室副主任/);
    for (const page of pdfs.fourPosts) expect(wordsBelow(page, reference).map((w) => w.text), `page ${page.number}`).toEqual([]);
  });
});
