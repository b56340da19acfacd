import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { pdfPages, pdfPageTexts, savePagePngs, squeeze, wordsBelow } from '../helpers/print-pdf';
import { callApi } from './evaluation-helpers';
import { expect, expectToast, openApp, repoRoot, shotBothSizes, test, type RunningApp } from './fixtures';
import { goToSubmenu } from './ui';
import { referenceGlyphHeights, savePrintedPdf } from './print-helpers';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

/**
 * Issue 13 §1 and §6 through the built app: the 优秀等次公示 printed on one A4 page with every name,
 * an objection holding 「确认并锁定年度」 until it is resolved; and the 综合评定表 for the committee
 * printed landscape with an empty 确定等次 column. PDFs are checked with pdftotext (word boxes against
 * a reference page printed at exactly 8 pt in the same fonts).
 */

const outDir = path.join(repoRoot, 'tests', 'output', 'annual-publicity');
const minimumPoints = 8;

/** The year of the demo, everyone confirmed (the suggestion, else 称职 with a reason). */
async function confirmEveryone(app: RunningApp): Promise<number> {
  const year = (await callApi(app, 'annual.years', {}))[0]!.year;
  const view = await callApi(app, 'annual.composite', { year });
  const entries = view.rows.map((r) => (r.suggested && !r.committee ? { personId: r.personId, outcome: r.suggested } : { personId: r.personId, outcome: 'competent' as const, reason: '经考核委员会研究确定' }));
  await callApi(app, 'annual.confirm', { year, entries });
  return year;
}

/** The print view as Chromium prints it, with the word heights of a reference page at 8 pt in `fonts`. */
async function printed(page: Page, name: string, fonts: string) {
  fs.mkdirSync(outDir, { recursive: true });
  const pdf = path.join(outDir, `${name}.pdf`);
  await savePrintedPdf(page, pdf);
  const heights = await referenceGlyphHeights(page, outDir, fonts, minimumPoints, `${name}-reference`);
  const pages = pdfPages(pdf);
  savePagePngs(pdf, outDir, name, { first: 1, last: Math.min(2, pages.length) });
  return { pages, texts: pdfPageTexts(pdf).map(squeeze), heights };
}

test('优秀公示: printed on one A4 page with every name; an open objection holds the lock until resolved', async ({ page, app, consoleProblems: _ }) => {
  fs.rmSync(outDir, { recursive: true, force: true });
  const year = await confirmEveryone(app);
  // posted on a Monday two weeks back: 5 working days, over by today
  const monday = new Date();
  monday.setDate(monday.getDate() - 14 - ((monday.getDay() + 6) % 7));
  const start = `${monday.getFullYear()}-${String(monday.getMonth() + 1).padStart(2, '0')}-${String(monday.getDate()).padStart(2, '0')}`;
  const fresh = await callApi(app, 'publicity.get', { year });
  const made = await callApi(app, 'publicity.create', { year, fields: { ...fresh.defaults, start, signedOn: start, phone: '0571-87000000', address: '示范路1号考核委员会办公室' } });
  await callApi(app, 'publicity.publish', { year, on: start });
  const names = made.publicity!.names;
  expect(names.length).toBeGreaterThan(3);

  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app);
  await goToSubmenu(page, '年度考核', '优秀公示');
  await expect(page.getByTestId('publicity-status')).toHaveText('已结束');
  await expect(page.getByTestId('publicity-names').locator('.ant-table-row')).toHaveCount(names.length);
  await shotBothSizes(page, 'annual-publicity');

  await page.getByRole('button', { name: '打印公示' }).click();
  await expect(page.locator('.pub-sheet-title')).toHaveText(`关于${year}年度考核优秀等次人选的公示`);
  const notice = await printed(page, 'notice', "'FangSong', '仿宋', 'Noto Serif CJK SC', serif");
  expect(notice.pages.length).toBe(1);
  expect([Math.round(notice.pages[0]!.width), Math.round(notice.pages[0]!.height)]).toEqual([595, 842]);
  expect(wordsBelow(notice.pages[0]!, notice.heights).map((w) => w.text)).toEqual([]);
  for (const n of names) expect(notice.texts[0]).toContain(squeeze(n.name));
  expect(notice.texts[0]).toContain(`拟确定以下${names.length}名同志`);
  expect(notice.texts[0]).toContain('（5个工作日）');
  expect(notice.texts[0]).toContain('联系电话：0571-87000000');
  expect(notice.texts[0]).toMatch(/\d{4}年\d{1,2}月\d{1,2}日$/);

  // an objection, entered on the page
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByRole('button', { name: '登记异议' }).click();
  const dialog = page.getByRole('dialog', { name: '登记异议' });
  await dialog.getByLabel('异议内容').fill(`反映${names[0]!.name}年内有迟到早退情况`);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expectToast(page, '已登记异议');
  await expect(page.getByTestId('publicity-gate')).toContainText('异议还有1件未办结');

  // the lock is refused, and its button says why
  await goToSubmenu(page, '年度考核', '综合评定');
  const lock = page.getByTestId('lock-year');
  await expect(lock).toBeDisabled();
  await expect(lock).toHaveAttribute('title', /异议还有1件未办结/);
  await expect(callApi(app, 'annual.lock', { year })).rejects.toThrow(/公示收到的异议还有1件未办结/);

  // resolved on the page: then the lock goes through
  await goToSubmenu(page, '年度考核', '优秀公示');
  await page.getByTestId('publicity-objections').getByRole('button', { name: '处理' }).click();
  const handle = page.getByRole('dialog', { name: '异议处理' });
  await handle.getByLabel('处理情况').fill('经查考勤记录，反映情况不属实');
  await handle.getByLabel('处理结果').fill('不予采纳');
  await handle.getByRole('button', { name: '保存' }).click();
  await expectToast(page, '已保存异议处理情况');
  await expect(page.getByTestId('publicity-gate')).toHaveCount(0);
  await shotBothSizes(page, 'annual-publicity-resolved');

  await goToSubmenu(page, '年度考核', '综合评定');
  await expect(lock).toBeEnabled();
  await lock.click();
  await page.getByRole('dialog').getByRole('button', { name: '确认并锁定', exact: true }).click();
  await expectToast(page, `${year}年度考核已确认并锁定`);
});

test('综合评定表 for the committee: landscape, every component, an empty 确定等次 column, signature lines', async ({ page, app, consoleProblems: _ }) => {
  const year = await confirmEveryone(app);
  const view = await callApi(app, 'annual.composite', { year });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app);
  await goToSubmenu(page, '年度考核', '综合评定');
  // the meeting's entry starts from the 等次 on record, one row per person
  await page.getByRole('button', { name: '录入会议结果' }).click();
  const meeting = page.getByRole('dialog', { name: '录入考核委员会会议结果' });
  await expect(meeting.getByTestId('meeting-table').locator('.ant-table-row').first()).toBeVisible();
  await expect(meeting.getByRole('button', { name: `保存会议结果（${view.rows.length}人）` })).toBeEnabled();
  await shotBothSizes(page, 'annual-meeting-dialog');
  await meeting.getByRole('button', { name: '取消' }).click();
  await expect(meeting).toBeHidden();

  await page.getByRole('button', { name: '打印综合评定表' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '打印预览' }).click();
  const sheets = page.getByTestId('composite-sheet');
  await expect(sheets).toHaveCount(view.groups.length);
  // confirmed in the app, yet the committee's column is blank on paper
  expect((await page.locator('td.cps-confirm').allInnerTexts()).every((t) => t.trim() === '')).toBe(true);
  await expect(page.locator('td.cps-confirm')).toHaveCount(view.rows.length);

  const sheet = await printed(page, 'composite-a4', "'SimSun', '宋体', 'Noto Serif CJK SC', serif");
  for (const p of sheet.pages) {
    expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
    expect(wordsBelow(p, sheet.heights).map((w) => w.text), `page ${p.number}: words under ${minimumPoints} pt`).toEqual([]);
  }
  const all = sheet.texts.join('');
  for (const header of ['确定等次', '建议等次', '综合得分', '红线与限制', '考核委员会主任（签字）', '委员（签字）']) expect(all).toContain(header);
  for (const c of view.rules.components.filter((x) => x.enabled)) expect(all).toContain(squeeze(c.mode === 'weighted' ? `（${c.weight}%）` : ''));
  expect(all).toContain(squeeze(view.rows[0]!.name));

  // A3 landscape on request
  await page.evaluate((hash) => { window.location.hash = hash; }, `/annual/composite-print?year=${year}&paper=A3&group=${view.groups[0]!.id}`);
  await expect(sheets).toHaveCount(1);
  const a3 = await printed(page, 'composite-a3', "'SimSun', '宋体', 'Noto Serif CJK SC', serif");
  expect([Math.round(a3.pages[0]!.width), Math.round(a3.pages[0]!.height)]).toEqual([1191, 842]);
});
