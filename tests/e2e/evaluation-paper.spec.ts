import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { ticketFromRandom } from '../../shared/evaluation/ticket-number';
import { expect, expectToast, openApp, shot, shotBothSizes, test } from './fixtures';
import { callApi, prepareEvent } from './evaluation-helpers';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** Types one paper ballot the way a clerk does: 票号 + Enter, the category key, a digit per line, Enter. */
async function typeBallot(page: Page, ticket: string, category: string, digits: string) {
  const ticketBox = page.getByLabel('票号', { exact: true });
  await expect(ticketBox).toBeFocused();
  await page.keyboard.type(ticket);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('评委类别', { exact: true })).toBeFocused();
  await page.keyboard.type(category);
  for (const d of digits) await page.keyboard.press(d);
  await page.keyboard.press('Enter');
}

const notice = (page: Page) => page.getByTestId('entry-notice');

test('纸质票录入 with 双人录入: refused 票号, one mismatch settled against the paper; results and the exported workbook agree', async ({ page, app, consoleProblems: _ }) => {
  const event = await prepareEvent(app, { targets: 4, excellentMax: 2, status: 'live' });
  const names = event.targets.map((t) => t.name);
  const { tickets } = await callApi(app, 'evaluation.issueTickets', { id: event.id, count: 5 });
  const [t1, t2] = tickets as [string, string];
  await openApp(page, app);
  await goTo(page, `#/evaluation/entry?id=${event.id}`);
  await expect(page.getByTestId('event-status')).toHaveText('正式测评中');
  await expect(page.getByRole('switch', { name: '双人录入' })).toBeChecked();

  // the clerk's name is needed before anything is saved
  await page.getByLabel('票号', { exact: true }).focus();
  await typeBallot(page, t1, 'A', '1223');
  await expect(notice(page)).toContainText('请先填写录入人');
  await page.getByLabel('录入人').fill('张录入');
  await page.getByRole('button', { name: '保存（回车）' }).click();
  await expect(notice(page)).toContainText(`票号 ${t1} 第一遍已录入`);
  await expect(page.getByTestId('entered-count')).toHaveText('1');

  // A typo (check character) and a 票号 never issued are refused with the reason, nothing counted.
  await expect(page.getByLabel('票号', { exact: true })).toBeFocused();
  await page.keyboard.type(t2.slice(0, 7) + (t2[7] === 'A' ? 'B' : 'A'));
  await page.keyboard.press('Enter');
  await expect(notice(page)).toContainText('不正确（8位，末位为校验位），请核对纸质票');
  await expect(page.getByLabel('票号', { exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('票号', { exact: true })).toHaveValue('');
  let stranger = ticketFromRandom(crypto.getRandomValues(new Uint8Array(8)));
  while (tickets.includes(stranger)) stranger = ticketFromRandom(crypto.getRandomValues(new Uint8Array(8)));
  await page.getByLabel('票号', { exact: true }).focus();
  await typeBallot(page, stranger, 'B', '2222');
  await expect(notice(page)).toContainText(`票号 ${stranger} 未发出`);
  await expect(page.getByTestId('entered-count')).toHaveText('1');
  await shotBothSizes(page, 'evaluation-paper-entry-refused', { ignore: [stranger, 'Esc'] });
  // the corrected 票号 is typed over; Enter saves what was already typed
  await page.getByLabel('票号', { exact: true }).fill(t2);
  await page.keyboard.press('Enter');
  await expect(notice(page)).toContainText(`票号 ${t2} 第一遍已录入`);

  // The second clerk types both blind: t1 agrees (counted), t2 differs on the 4th line.
  await page.getByLabel('录入人').fill('李复核');
  await page.getByLabel('票号', { exact: true }).focus();
  await typeBallot(page, t1, 'A', '1223');
  await expect(notice(page)).toContainText(`票号 ${t1} 两遍录入一致，已计为有效票`);
  await typeBallot(page, t2, 'B', '2221');
  await expect(notice(page)).toContainText(`票号 ${t2} 两遍录入不一致`);
  await expect(page.getByTestId('entered-count')).toHaveText('4');
  await expect(page.getByTestId('counted-count')).toHaveText('1');
  await shot(page, 'evaluation-paper-entry', { ignore: [t2, 'Esc'] });

  // 录入不一致: side by side; the differing line starts empty and is settled from the paper (称职).
  await page.getByRole('tab', { name: /录入不一致/ }).click();
  const item = page.getByTestId(`mismatch-${t2}`);
  await expect(item).toContainText('1 行不一致');
  const differing = item.locator('.mismatch-compare .row-differs');
  await expect(differing).toHaveCount(1);
  await expect(differing).toContainText(names[3]!);
  await expect(differing).toContainText('称职');
  await expect(differing).toContainText('优秀');
  await item.getByRole('button', { name: '核定并计票' }).click();
  await expect(item).toContainText('请对照纸质票核定第 4 行');
  await shotBothSizes(page, 'evaluation-paper-mismatch', { ignore: [t2, 'Esc'] });
  await item.getByRole('radio', { name: `${names[3]} 称职` }).click();
  await item.getByRole('button', { name: '核定并计票' }).click();
  await expectToast(page, `票号 ${t2} 已核定，计为有效票`);
  await expect(page.getByText('没有录入不一致的测评票')).toBeVisible();
  await expect(page.getByTestId('counted-count')).toHaveText('2');

  // 实到人数 can still be entered with live ballots in (settings are locked otherwise).
  await page.getByText('测评设置', { exact: true }).click();
  await expect(page.getByTestId('locked-notice')).toHaveText('已有正式测评票，设置已锁定');
  await page.getByRole('tab', { name: '实到人数' }).click();
  await page.getByLabel('领导班子成员实到人数').fill('3');
  await page.getByLabel('中层干部实到人数').fill('4');
  await page.getByLabel('一般干部职工代表实到人数').fill('4');
  await page.getByRole('button', { name: '保存实到人数' }).click();
  await expectToast(page, '已保存实到人数');
  await shot(page, 'evaluation-settings-attendance', { ignore: [t2] });

  // Results: A gave 优秀/称职/称职/基本称职, B gave 称职 to all four; 11 of 12 present.
  await page.getByText('测评结果', { exact: true }).click();
  await expect(page.getByTestId('session-figures').locator('.ant-table-row').last().locator('td').nth(2)).toHaveText('11');
  await expect(page.getByTestId('quorum-alert')).toHaveCount(0);
  const row = (name: string) => page.getByTestId('results-table').locator('.ant-table-row', { hasText: name });
  await expect(row(names[0]!)).toContainText('50.00%'); // 优秀率 1 of 2
  await expect(row(names[0]!)).toContainText('100.00%'); // 称职及以上率
  await expect(row(names[3]!)).toContainText('50.00%'); // 称职及以上率 1 of 2
  await expect(row(names[3]!)).toContainText('优秀、称职票合计低于有效票三分之二（50.00%），按规定等次不高于基本称职');

  // 导出统计表: the cells of the download hold the same rates.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出统计表' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync((await file.path())!) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  let headerRow = 0;
  let failCol = 0;
  sheet.eachRow((r, n) => {
    r.eachCell((c, col) => {
      if (c.value === '不称职率' && !failCol) {
        headerRow = n;
        failCol = col;
      }
    });
  });
  expect(failCol, 'a 不称职率 column in the 合计 group').toBeGreaterThan(0);
  const rowOf = (name: string) => {
    let found = 0;
    sheet.eachRow((r, n) => r.eachCell((c) => void (c.value === name && n > headerRow && !found && (found = n))));
    return sheet.getRow(found);
  };
  const first = rowOf(names[0]!);
  expect(first.getCell(failCol - 2).value).toBeCloseTo(0.5, 10); // 优秀率
  expect(first.getCell(failCol - 1).value).toBeCloseTo(1, 10); // 称职及以上率
  expect(first.getCell(failCol - 1).numFmt).toBe('0.00%');
  const fourth = rowOf(names[3]!);
  expect(fourth.getCell(failCol - 1).value).toBeCloseTo(0.5, 10);
  expect(fourth.getCell(failCol).value).toBe(0);
});
