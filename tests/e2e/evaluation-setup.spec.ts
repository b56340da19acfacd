import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectToast, openApp, shot, shotBothSizes, test, type RunningApp } from './fixtures';
import { callApi, printToPdf, readQrCodes } from './evaluation-helpers';
import { pdfPageTexts } from '../helpers/print-pdf';
import { chooseOption, chooseTreeOption, goToMenu } from './ui';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

const goTo = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

/** The event the first test creates on screen, created through the API. */
const createEvent = (app: RunningApp) =>
  callApi(app, 'evaluation.create', { name: '2025年度机关干部述职测评', year: 2025, date: '2026-01-16', unitTitle: '示范区国防动员办公室', presetKey: 'civil-servant-level' });

test('新建测评 from the 公务员 preset: 测评对象 from the roster, a unit’s 领导班子, order by 姓氏笔画', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);

  await goToMenu(page, '述职测评');
  await expect(page.getByRole('heading', { name: '述职测评' })).toBeVisible();
  await page.getByRole('button', { name: '新建测评' }).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: '新建测评' });
  await dialog.getByLabel('测评名称').fill('2025年度机关干部述职测评');
  await dialog.getByLabel('单位名称').fill('示范区国防动员办公室');
  await dialog.getByLabel('考核年度').fill('2025');
  await dialog.locator('.preset-option', { hasText: '公务员年度' }).click();
  await shot(page, 'evaluation-new-dialog');
  await dialog.getByRole('button', { name: '创建' }).click();

  // The settings page opens on 测评对象 (none yet).
  await expect(page.getByTestId('event-status')).toHaveText('筹备中');
  await expect(page.getByRole('tab', { name: /测评对象/ })).toHaveAttribute('aria-selected', 'true');
  await chooseOption(page, page.getByRole('combobox', { name: '班子成员' }), '班子成员：是');
  await expect(page.locator('.roster-picker .ant-table-row').first()).toBeVisible();
  const leaders = await page.locator('.roster-picker .ant-table-row').count();
  expect(leaders).toBeGreaterThanOrEqual(3);
  await page.getByRole('button', { name: '全选本页' }).click();
  await page.getByRole('button', { name: /加入测评对象/ }).click();
  await expect(page.getByTestId('target-count')).toHaveText(String(leaders));
  await expect(page.locator('.roster-picker .ant-table-row').first()).toContainText('已加入');
  // a unit's 领导班子 assessed as a whole
  const unitName = '办公室';
  await chooseTreeOption(page, page.getByRole('combobox', { name: '选择领导班子所在单位' }), unitName, { closes: false });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '加入', exact: true }).click();
  await expect(page.getByTestId('target-count')).toHaveText(String(leaders + 1));
  const teamRow = page.locator('.targets-list .ant-table-row[data-row-key^="u"]');
  await expect(teamRow.locator('td').nth(1)).toHaveText(unitName);
  await expect(teamRow).toContainText('领导班子');
  // order by 姓氏笔画: the first surname has no more strokes than the second
  await page.getByRole('button', { name: '按姓氏笔画排序' }).click();
  const names = await page.locator('.targets-list .ant-table-row td:nth-child(2)').allTextContents();
  expect(names).toHaveLength(leaders + 1);
  expect(names[0]).toBe(unitName); // 领导班子 first
  const n = names.length;
  // move the last one up: it becomes the one before last
  await page.getByRole('button', { name: `上移${names[n - 1]}` }).click();
  await expect(page.locator('.targets-list .ant-table-row').nth(n - 2)).toContainText(names[n - 1]!);
  await page.getByRole('button', { name: '保存测评对象' }).click();
  await expect(page.getByRole('tab', { name: `测评对象（${n}）` })).toBeVisible();
  await shotBothSizes(page, 'evaluation-settings-targets');
});

test('测评设置 tabs: 评委类别 with 应到 and 发出, 票面 levels, 规则 with the 优秀 limit and the red lines, 基本信息', async ({ page, app, consoleProblems: _ }) => {
  const created = await createEvent(app);
  await openApp(page, app);
  await goTo(page, `#/evaluation/setup?id=${created.id}`);
  await expect(page.getByTestId('event-status')).toHaveText('筹备中');

  // 评委类别: 应到 and 发出 per category.
  await page.getByRole('tab', { name: '评委类别' }).click();
  const counts: Record<string, number> = { 领导班子成员: 5, 中层干部: 12, 一般干部职工代表: 20 };
  for (const [name, n] of Object.entries(counts)) {
    await page.getByLabel(`${name}应到人数`).fill(String(n));
    await page.getByLabel(`${name}发出票数`).fill(String(n));
  }
  await expect(page.getByTestId('category-weight-total')).toHaveText('100%');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expectToast(page, '设置已保存');
  await shot(page, 'evaluation-settings-categories');

  // 票面 and 规则 tabs show the preset's levels and rules.
  await page.getByRole('tab', { name: '票面' }).click();
  await expect(page.getByLabel('第1个等次名称')).toHaveValue('优秀');
  await expect(page.getByLabel('第4个等次名称')).toHaveValue('不称职');
  await shot(page, 'evaluation-settings-ballot');
  await page.getByRole('tab', { name: '规则' }).click();
  await chooseOption(page, page.getByRole('combobox', { name: '优秀名额' }), '不超过固定人数');
  await page.getByLabel('优秀人数上限').fill('2');
  await expect(page.getByText('每张票最多选 2 人优秀')).toBeVisible();
  // what a red line does to the 建议等次: the preset's rule, changed here to a committee decision
  await expect(page.getByRole('combobox', { name: '差评率红线的规定' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('确定为不称职');
  await chooseOption(page, page.getByRole('combobox', { name: '好评率红线的规定' }), '由考核委员会研究确定等次');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expectToast(page, '设置已保存');
  await shotBothSizes(page, 'evaluation-settings-rules');

  await page.getByRole('tab', { name: '基本信息' }).click();
  await expect(page.getByText('示范区国防动员办公室2025年度干部述职测评票')).toBeVisible();
  await shot(page, 'evaluation-settings-basics');
});

test('打印测评票: 票号 for every ballot issued, three printed to PDF with the rules as set and the 测评对象 in ballot order', async ({ page, app, consoleProblems: _ }) => {
  // the event as the two tests above leave it: 测评对象 in ballot order (the unit's 领导班子 first), 5 + 12 + 20
  // ballots, at most 2 优秀, the low-approval red line decided by the committee
  const created = await createEvent(app);
  const eventId = created.id;
  const unitName = '办公室';
  const unit = (await callApi(app, 'units.list', {})).find((u) => u.name === unitName)!;
  const leaders = (await callApi(app, 'people.search', { isLeader: true })).rows;
  const counts = [5, 12, 20];
  const config = {
    ...created.config,
    categories: created.config.categories.map((c, i) => ({ ...c, expected: counts[i]!, issued: counts[i]! })),
    rules: { ...created.config.rules, excellentLimit: { kind: 'count' as const, value: 2 } },
    redLines: { ...created.config.redLines, lowApprovalEffect: { kind: 'committee' as const } },
  };
  await callApi(app, 'evaluation.update', { id: eventId, config });
  await callApi(app, 'evaluation.setTargets', {
    id: eventId,
    targets: [{ personId: null, unitId: unit.id, group: '领导班子' }, ...leaders.map((p) => ({ personId: p.id, unitId: null, group: '班子成员' }))],
  });
  const order = [unitName, ...leaders.map((p) => p.name)];
  await openApp(page, app);
  await goTo(page, `#/evaluation/setup?id=${eventId}`);
  await expect(page.getByTestId('event-status')).toHaveText('筹备中');

  // 打印测评票: 票号 default to Σ 发出 = 37; print the first three.
  await page.getByText('打印测评票', { exact: true }).click();
  await expect(page.getByLabel('生成票号数')).toHaveValue('37');
  await page.getByRole('button', { name: '生成票号' }).click();
  await expect(page.getByTestId('tickets-issued')).toHaveText('37');
  await page.getByLabel('结束张').fill('3');
  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.getByTestId('print-count')).toHaveText(/共 3 张测评票/);
  await expect(page.locator('.ballot-page')).toHaveCount(3);
  await expect(page.locator('.shell-sider')).toHaveCount(0);
  const ticket = (await page.locator('.ballot-ticket-no').first().textContent())!;
  expect(ticket).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
  await shot(page, 'evaluation-print-view', { ignore: [ticket, ...(await page.locator('.ballot-ticket-no').allTextContents())] });

  const pdf = await printToPdf(page, 'evaluation-ballots');
  expect(pdf.pages).toBe(3);
  expect(pdf.text).toContain('示范区国防动员办公室2025年度干部述职测评票');
  expect(pdf.text).toContain(ticket);
  expect(pdf.text).toContain('优秀等次不超过2人，超过视为无效票');
  expect(pdf.text.replace(/\s+/g, '')).toContain(`${unitName}领导班子`); // the unit's line reads 领导班子 as its 职务
  expect(pdf.text).toContain('不划视为弃权');
  // the red-line rules the suggestion follows are printed on the ballot, as set
  const printed = pdf.text.replace(/\s+/g, '');
  expect(printed).toContain('优秀、称职票合计低于有效票三分之二的，由考核委员会研究确定等次');
  expect(printed).toContain('不称职票超过有效票三分之一的，确定为不称职');
  expect(pdf.text).toMatch(/计票人：/);
  expect(pdf.text).toMatch(/监票人：/);
  // every 测评对象 in ballot order (a long unit name may wrap inside its cell)
  const flat = pdf.text.replace(/\s+/g, '');
  const at = order.map((name) => flat.indexOf(name));
  expect(at.every((i) => i >= 0), order.join('、')).toBe(true);
  expect(at.slice(1).every((i, k) => i > at[k]!)).toBe(true);
  expect(fs.statSync(pdf.png).size).toBeGreaterThan(10_000);
  // where zbar is installed, the printed QR code is read back: event id and 票号
  const decoded = readQrCodes(pdf.pdfPath);
  if (decoded !== null) expect(decoded).toContain(`QR-Code:${eventId}-${ticket}`);
});

test('a 测评票 of 22 or 34 测评对象 prints on one sheet, 计票人/监票人 included, one sheet per ballot', async ({ page, app, consoleProblems: _ }) => {
  const people = (await callApi(app, 'people.search', {})).rows;
  await openApp(page, app);
  for (const count of [22, 34]) {
    const event = await callApi(app, 'evaluation.create', { name: `${count}人测评`, year: 2026, date: '2026-12-20', unitTitle: '某市国防动员办公室', presetKey: 'civil-servant-level' });
    await callApi(app, 'evaluation.setTargets', { id: event.id, targets: people.slice(0, count).map((p) => ({ personId: p.id, unitId: null, group: '' })) });
    await callApi(app, 'evaluation.issueTickets', { id: event.id, count: 2 });
    await goTo(page, `#/evaluation/ballots?id=${event.id}`);
    await expect(page.getByTestId('print-count')).toHaveText(/共 2 张测评票/);
    const pdf = await printToPdf(page, `evaluation-ballots-${count}`);
    expect(pdf.pages, `${count} 测评对象`).toBe(2);
    expect(pdf.text.match(/监票人：/g)?.length).toBe(2);
  }
  // 60 测评对象 take two sheets per ballot: the second carries its 票号 too, so sheets of two ballots cannot be mixed
  const event = await callApi(app, 'evaluation.create', { name: '60人测评', year: 2026, date: '2026-12-20', unitTitle: '某市国防动员办公室', presetKey: 'civil-servant-level' });
  await callApi(app, 'evaluation.setTargets', { id: event.id, targets: people.slice(0, 60).map((p) => ({ personId: p.id, unitId: null, group: '' })) });
  const { tickets } = await callApi(app, 'evaluation.issueTickets', { id: event.id, count: 2 });
  await goTo(page, `#/evaluation/ballots?id=${event.id}`);
  await expect(page.getByTestId('print-count')).toHaveText(/共 2 张测评票/);
  const pdf = await printToPdf(page, 'evaluation-ballots-60', 2);
  expect(pdf.pages).toBe(4);
  const sorted = [...tickets].sort();
  expect(pdfPageTexts(pdf.pdfPath).map((text) => sorted.find((t) => text.includes(t)) ?? null)).toEqual([sorted[0], sorted[0], sorted[1], sorted[1]]);
});
