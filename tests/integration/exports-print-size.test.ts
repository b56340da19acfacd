import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutgoingFile } from '../../shared/contract/channel';
import type { BallotMarks } from '../../shared/evaluation/config';
import { bodyFontName } from '../../electron/excel/write/workbook-style';
import { setUpEvent } from '../helpers/evaluation-app';
import { convertWithLibreOffice, glyphKind, pdfPages, referenceHeights, requireTools, savePagePngs, wordsBelow, writeReferenceWorkbook } from '../helpers/print-pdf';
import { createTestApp, ownFixtures, waitForJob, type TestApp } from '../helpers/test-context';

/**
 * Issue 14 §8, papers that read at arm's length: every .xlsx the app writes, built from the demo
 * data through the services, printed by LibreOffice, has no word smaller than 8 pt on any page. The
 * sizes are read from the PDF (pdftotext -bbox word boxes) against a reference page printed at
 * exactly 8 pt and 100 % in the same run, so the page scale (fit to width) is in the measure.
 * Titles may be bigger; nothing may be smaller.
 */

const outputDir = path.resolve(__dirname, '../output/exports-print-size');
const minimumPoints = 8;

let demo: TestApp;
let scored: TestApp;
const files: { name: string; file: OutgoingFile }[] = [];

/** A 等次 + 评分 event over 10 people (the widest 原始票据: 等次 and five scores per person), 12 ballots. */
async function scoredEventExport(app: TestApp): Promise<OutgoingFile> {
  const event = await setUpEvent(app, { preset: 'level-and-score', people: 10 });
  await app.call('evaluation.setStatus', { id: event.id, status: 'live' });
  for (let b = 0; b < 12; b++) {
    const marks: BallotMarks = {
      category: ['A', 'B', 'C'][b % 3]!,
      lines: event.targetList.map((t, i) => ({
        targetId: t.id,
        level: i === b % 10 ? 'excellent' : 'competent',
        scores: { de: 70 + ((b + i) % 7), neng: 75 + (i % 5), qin: 80, ji: 78 + (b % 3), lian: 85 },
      })),
    };
    await app.call('evaluation.kioskSubmit', { id: event.id, marks });
  }
  return app.call('evaluation.exportResults', { id: event.id });
}

/** A 工作任务清单 with merged 目标/项目 cells and a task over two node rows. */
async function tasksExport(app: TestApp, year: number): Promise<OutgoingFile> {
  const [unit, other] = await app.call('units.list');
  const goal = await app.call('tasks.saveItem', { year, kind: 'goal', parentId: null, title: '优化营商环境，提升政务服务效能' });
  const project = await app.call('tasks.saveItem', { year, kind: 'project', parentId: goal.id, title: '政务服务提质增效' });
  for (const title of ['推行一网通办，实现高频事项全程网办', '开展企业走访']) {
    const task = await app.call('tasks.saveItem', { year, kind: 'task', parentId: project.id, title, leadUnitId: unit!.id, assistUnitIds: other ? [other.id] : [], measure: '全流程网办率达到90%以上' });
    await app.call('tasks.saveNode', { taskId: task.id, name: '完成方案', dueOn: `${year}-03-31`, status: 'done', doneOn: `${year}-03-30` });
    await app.call('tasks.saveNode', { taskId: task.id, name: '完成建设并投入使用', dueOn: `${year}-06-30`, status: 'doing' });
  }
  return app.call('tasks.export', { year });
}

beforeAll(async () => {
  demo = await createTestApp();
  scored = await createTestApp();
  await demo.call('demo.load');
  const add = (name: string, file: OutgoingFile) => void files.push({ name, file });
  const [summary] = await demo.call('annual.years');
  const year = summary!.year;

  add('roster', await demo.call('roster.export', {}));
  const { jobId: importJob } = await demo.call('roster.importStart', { fileName: '花名册-复杂.xlsx', bytes: new Uint8Array(fs.readFileSync(path.join(ownFixtures, '花名册-复杂.xlsx'))) });
  const session = await waitForJob(demo, 'roster-import', importJob);
  await demo.call('roster.importPreview', { sessionId: session!.sessionId });
  add('import-errors', await demo.call('roster.importErrorReport', { sessionId: session!.sessionId }));

  for (const event of await demo.call('evaluation.list', {})) add(`evaluation-${event.id}`, await demo.call('evaluation.exportResults', { id: event.id }));
  add('evaluation-scored', await scoredEventExport(scored));

  for (const scheme of await demo.call('stars.schemes', { year })) {
    add(`stars-board-${scheme.kind}-q1`, await demo.call('stars.exportBoard', { schemeId: scheme.id, period: 1, includeSubunits: true }));
    add(`stars-board-${scheme.kind}-year`, await demo.call('stars.exportBoard', { schemeId: scheme.id, period: null, includeSubunits: true }));
    add(`stars-summary-${scheme.kind}`, await demo.call('stars.exportSummary', { schemeId: scheme.id, includeSubunits: true }));
  }
  add('stars-ten-star', await demo.call('stars.exportTenStar', { year }));

  add('annual-quarter-template', await demo.call('annual.quarterTemplate', { year }));
  add('annual-quarter-register', await demo.call('annual.quarterTemplate', { year, withGrades: true }));
  for (const event of await demo.call('recommendation.list', {})) add(`recommendation-${event.id}`, await demo.call('recommendation.exportResults', { id: event.id }));
  add('annual-composite', await demo.call('annual.exportComposite', { year }));
  add('tasks', await tasksExport(demo, year));
  const job = async (start: Promise<{ jobId: string }>) => {
    const { jobId } = await start;
    return waitForJob(demo, 'export', jobId);
  };
  add('materials', await job(demo.call('reports.startMaterials', { year })));
  add('register-sheets', await job(demo.call('reports.startRegister', { year, scope: { kind: 'all' }, layout: 'sheets' })));
  add('register-pages', await job(demo.call('reports.startRegister', { year, scope: { kind: 'all' }, layout: 'pages' })));
  // the 年度考核结果备案表 needs the year locked: last, after every export of the open year
  await demo.call('annual.confirmAsSuggested', { year });
  const open = (await demo.call('annual.composite', { year })).rows.filter((r) => r.confirmed == null);
  if (open.length > 0) await demo.call('annual.confirm', { year, entries: open.map((r) => ({ personId: r.personId, outcome: 'competent' as const, reason: '得分并列，经考核委员会研究确定' })) });
  await demo.call('annual.lock', { year });
  add('annual-filing', await demo.call('annual.exportFiling', { year }));
}, 300_000);

afterAll(() => {
  demo?.close();
  scored?.close();
});

describe('every export printed by LibreOffice', () => {
  it(`has no word smaller than ${minimumPoints} pt on any page of any sheet`, async () => {
    requireTools('soffice', 'pdftotext', 'pdftoppm');
    expect(files.length).toBeGreaterThanOrEqual(16);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-print-size-'));
    try {
      const reference = path.join(dir, '00-reference.xlsx');
      await writeReferenceWorkbook(reference, minimumPoints, bodyFontName);
      const xlsx = files.map(({ name, file }) => {
        const p = path.join(dir, `${name}.xlsx`);
        fs.writeFileSync(p, file.bytes);
        return p;
      });
      // one soffice run for all of them: each start costs seconds
      const [referencePdf, ...pdfs] = convertWithLibreOffice([reference, ...xlsx], dir);
      const heights = referenceHeights(pdfPages(referencePdf!));

      fs.rmSync(outputDir, { recursive: true, force: true });
      const problems: string[] = [];
      for (const [i, pdf] of pdfs.entries()) {
        const { name } = files[i]!;
        const pages = pdfPages(pdf);
        expect(pages.length, `${name} prints`).toBeGreaterThan(0);
        for (const page of pages) {
          const small = wordsBelow(page, heights);
          if (small.length > 0) {
            const smallest = small.reduce((a, b) => (a.height < b.height ? a : b));
            const points = (minimumPoints * smallest.height) / heights[glyphKind(smallest.text)];
            problems.push(`${name} page ${page.number}: ${small.length} words below ${minimumPoints} pt, e.g. 「${smallest.text}」 at about ${points.toFixed(1)} pt`);
          }
        }
        // for a person to look at: the first pages of each file
        fs.mkdirSync(outputDir, { recursive: true });
        fs.copyFileSync(pdf, path.join(outputDir, `${name}.pdf`));
        savePagePngs(pdf, outputDir, name, { first: 1, last: Math.min(3, pages.length) });
      }
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
