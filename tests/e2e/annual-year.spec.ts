import type { Page } from '@playwright/test';
import { expect, expectToast, openApp, shot, shotBothSizes, test, type RunningApp } from './fixtures';
import { callApi } from './evaluation-helpers';
import { fillDay } from './stars-helpers';
import { chooseOption, goToSubmenu } from './ui';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

/** Keys of the 平时考核 grid: 1 好, 2 较好, 3 一般, 4 较差. */
const gradeKeys = { 好: '1', 较好: '2', 一般: '3' } as const;
const gradeCodes = { 好: 'good', 较好: 'fair', 一般: 'average' } as const;
type Grade = keyof typeof gradeKeys;

const quarterCell = (page: Page, name: string, quarter: number) => page.locator(`.qg-row[data-person="${name}"] .qg-grade[data-quarter="${quarter}"]`);

/** Types one grade into a cell and waits until the service has saved it. */
async function setGrade(page: Page, name: string, quarter: number, grade: Grade): Promise<void> {
  const cell = quarterCell(page, name, quarter);
  await cell.click();
  await page.keyboard.press(gradeKeys[grade]);
  await expect(cell).toHaveAttribute('data-grade', gradeCodes[grade]);
  await expect(cell).not.toHaveAttribute('aria-busy', 'true');
}

const openAnnualPage = (page: Page, label: string) => goToSubmenu(page, '年度考核', label);

/**
 * 2027 from 2026's rules with only the 班子成员 as 参加人员, as the first test leaves it on screen;
 * returns them in the order of the 平时考核 grid.
 */
async function seedYear(app: RunningApp): Promise<{ personId: number; name: string }[]> {
  const created = await callApi(app, 'annual.createYear', { year: 2027, copyFromYear: 2026, addParticipants: true });
  const leaders = created.groups.find((g) => g.name === '班子成员')!;
  const others = (await callApi(app, 'annual.participants', { year: 2027 })).filter((p) => p.groupId !== leaders.id).map((p) => p.personId);
  await callApi(app, 'annual.removeParticipants', { year: 2027, personIds: others });
  const grid = await callApi(app, 'annual.quarterGrid', { year: 2027 });
  expect(grid.rows).toHaveLength(4);
  return grid.rows.map((r) => ({ personId: r.personId, name: r.name }));
}

test('年度考核方案: 2027 from 2026’s rules; only the 班子成员 stay as 参加人员', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);

  // 2027 from 2026's rules (the demo year), everyone 在职 joining by the default grouping.
  await openAnnualPage(page, '年度考核方案');
  await page.getByRole('button', { name: '新建考核年度' }).click();
  const create = page.locator('.ant-modal').filter({ hasText: '新建考核年度' });
  await expect(create.getByLabel('考核年度')).toHaveValue('2027');
  await expect(create.getByText('复制所选年度的计分规则、考核分组和指标体系')).toBeVisible();
  await create.getByRole('button', { name: '建立' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('combobox', { name: '考核年度' }).locator('xpath=ancestor::*[contains(@class,"ant-select")][1]')).toContainText('2027年度');
  await expect(page.getByRole('tab', { name: /考核分组（3）/ })).toBeVisible();
  await page.getByRole('tab', { name: '计分规则' }).click();
  await expect(page.getByText('平时考核', { exact: true }).first()).toBeVisible();
  await shotBothSizes(page, 'annual-rules');
  await page.getByRole('tab', { name: /参加人员/ }).click();

  // Keep the 班子成员 only: move everyone else out (they have no data yet).
  for (const group of ['机关科室', '事业单位']) {
    await chooseOption(page, page.getByRole('combobox', { name: '按考核分组筛选' }), group);
    await page.locator('.ant-table-thead .ant-checkbox-input').first().check();
    await page.getByRole('button', { name: /^移\s*出$/ }).click();
    const confirm = page.locator('.ant-modal-confirm').filter({ hasText: '移出参加人员' });
    await confirm.getByRole('button', { name: /^移\s*出$/ }).click();
    await expect(confirm).toBeHidden();
  }
  await expect(page.getByRole('tab', { name: /参加人员（4）/ })).toBeVisible();
  await shotBothSizes(page, 'annual-participants');

  // 添加人员: one person from each of two units, picked in turn (the first stays picked while the second unit shows).
  await page.getByRole('button', { name: /添加人员/ }).click();
  const add = page.locator('.ant-modal').filter({ hasText: '添加参加人员：2027年度' });
  await expect(add.getByRole('checkbox', { name: '只显示未参加的人员（已参加4人）' })).toBeChecked();
  const unitNodes = add.locator('.ant-tree-treenode:not([aria-hidden])');
  const firstRow = add.locator('.ant-table-row').first();
  await unitNodes.nth(1).click();
  await firstRow.getByRole('checkbox').check();
  await unitNodes.nth(2).click();
  await expect(add.getByRole('button', { name: '添加（1人）' })).toBeVisible();
  await firstRow.getByRole('checkbox').check();
  await shot(page, 'annual-participants-add');
  await add.getByRole('button', { name: '添加（2人）' }).click();
  await expect(add).toBeHidden();
  await expect(page.getByRole('tab', { name: /参加人员（6）/ })).toBeVisible();
});

test('平时考核: the 好 quota of 班子成员 holds; a year of grades typed', async ({ page, app, consoleProblems: _ }) => {
  await seedYear(app);
  await openApp(page, app);
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);
  // 平时考核: the 好 quota of 班子成员 is 2 of 4 (40%, rounded to nearest, copied from 2026).
  await openAnnualPage(page, '平时考核');
  const rows = page.locator('.qg-row');
  await expect(rows).toHaveCount(4);
  const [a, b, c, d] = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-person')!))) as [string, string, string, string];
  await setGrade(page, a, 1, '好');
  await setGrade(page, b, 1, '好');
  const third = quarterCell(page, c, 1);
  await third.click();
  await page.keyboard.press(gradeKeys.好);
  await expect(page.getByTestId('quarter-refusal')).toContainText('本季度“好”等次已无剩余名额（已用 2/2）');
  await expect(third).not.toHaveAttribute('data-grade', 'good');
  const plan: Record<string, Grade[]> = {
    [a]: ['好', '好', '较好', '好'],
    [b]: ['好', '较好', '好', '较好'],
    [c]: ['较好', '好', '较好', '较好'],
    [d]: ['一般', '一般', '较好', '较好'],
  };
  for (const [name, grades] of Object.entries(plan)) {
    for (const [i, grade] of grades.entries()) if (!(i === 0 && (name === a || name === b))) await setGrade(page, name, i + 1, grade);
  }
  await expect(page.getByTestId('quota-bar')).toContainText('2/2');
  await shotBothSizes(page, 'annual-quarters');
});

test('评价与奖惩: a 警告 and a 通报表扬 recorded; the 指标体系 came over from 2026', async ({ page, app, consoleProblems: _ }) => {
  const [a, , , d] = await seedYear(app);
  await openApp(page, app);
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);
  // A 警告 for the first: no 优秀 this year, whatever the rank.
  await openAnnualPage(page, '评价与奖惩');
  await page.getByRole('tab', { name: '处分' }).click();
  await page.getByRole('button', { name: /新增处分/ }).click();
  const sanction = page.locator('.ant-modal').filter({ hasText: '新增处分' });
  await chooseOption(page, sanction.getByRole('combobox', { name: '受处分人' }), a.name);
  await chooseOption(page, sanction.getByRole('combobox', { name: '处分种类' }), '警告');
  await fillDay(page, sanction, '决定日期', '2027-03-05');
  await expect(sanction.getByLabel('处分期间（月）')).toHaveValue(/6/);
  await sanction.getByLabel('文号').fill('某纪发〔2027〕3号');
  await sanction.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(sanction).toBeHidden();
  await expect(page.locator('.ant-table-row', { hasText: a.name })).toContainText('警告');
  // and a 通报表扬 (+1) for the last, added to the composite as it is
  await page.getByRole('tab', { name: '加减分' }).click();
  await page.getByRole('button', { name: /新增加减分/ }).click();
  const adjustment = page.locator('.ant-modal').filter({ hasText: '新增加减分' });
  await chooseOption(page, adjustment.getByRole('combobox', { name: '考核对象' }), d.name);
  await chooseOption(page, adjustment.getByRole('combobox', { name: '加减分类别' }), '通报表扬');
  await adjustment.getByLabel('分值').fill('1');
  await fillDay(page, adjustment, '日期', '2027-06-30');
  await adjustment.getByLabel('事由').fill('防汛值守表现突出，市防指通报表扬');
  await adjustment.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(adjustment).toBeHidden();
  await expect(page.locator('.ant-table-row', { hasText: d.name })).toContainText('通报表扬');
  await shotBothSizes(page, 'annual-records');

  // 考核项目: the 指标体系 came over from 2026; nobody has an entry yet.
  await openAnnualPage(page, '考核项目评分');
  await expect(page.getByText('主责业绩').first()).toBeVisible();
  await shotBothSizes(page, 'annual-items');
});

test('综合评定: 数据不足 until the rules allow quarters alone; the committee changes one 等次 with its reason; the year locked', async ({ page, app, consoleProblems: _ }) => {
  // the year as the tests above leave it: a year of quarters, a 警告 for the first, a 通报表扬 for the last
  const people = await seedYear(app);
  const [a, b, c, d] = people.map((p) => p.name) as [string, string, string, string];
  const plan: Grade[][] = [
    ['好', '好', '较好', '好'],
    ['好', '较好', '好', '较好'],
    ['较好', '好', '较好', '较好'],
    ['一般', '一般', '较好', '较好'],
  ];
  for (const [i, grades] of plan.entries()) {
    for (const [q, grade] of grades.entries()) await callApi(app, 'annual.setQuarter', { year: 2027, personId: people[i]!.personId, quarter: q + 1, grade: gradeCodes[grade] });
  }
  await callApi(app, 'annual.addSanction', { year: 2027, personId: people[0]!.personId, type: '警告', decidedOn: '2027-03-05', documentNo: '某纪发〔2027〕3号' });
  await callApi(app, 'annual.addAdjustment', { year: 2027, personId: people[3]!.personId, kind: '通报表扬', points: 1, date: '2027-06-30', reason: '防汛值守表现突出，市防指通报表扬' });
  await openApp(page, app);
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);

  // 综合评定: quarters only (the other parts are missing and re-weighted, as 2026's rules say).
  // a 96.25 (警告 → 称职), b 92.50 takes the one 优秀 place, c 88.75, d 77.50 + 1 = 78.50 (no 好 quarter).
  await openAnnualPage(page, '综合评定');
  await page.getByRole('tab', { name: /班子成员/ }).click();
  const table = page.getByTestId('composite-table').filter({ visible: true });
  const row = (name: string) => table.locator('.ant-table-row', { hasText: name });
  // 2026's rules want three weighted parts for a suggestion; quarters alone are 「数据不足」, no rank, no 等次 suggested
  await expect(row(a)).toContainText('数据不足');
  await expect(row(b)).not.toContainText('优秀');

  // the office decides that for 2027 the quarters alone may suggest: 计分规则 → 建议等次条件 1
  await openAnnualPage(page, '年度考核方案');
  await page.getByRole('tab', { name: '计分规则' }).click();
  await expect(page.getByTestId('items-full-marks')).toContainText('按指标体系');
  await page.getByLabel('建议等次所需计权得分项数').fill('1');
  await page.getByRole('button', { name: '保存计分规则' }).click();
  await expectToast(page, '已保存计分规则');
  await openAnnualPage(page, '综合评定');
  await page.getByRole('tab', { name: /班子成员/ }).click();
  await expect(row(a)).toContainText('96.25');
  await expect(row(a)).toContainText('警告');
  await expect(row(b)).toContainText('92.50');
  await expect(row(b)).toContainText('优秀');
  await expect(row(d)).toContainText('78.50');
  await expect(row(d)).toContainText('+1.00');
  await expect(page.getByTestId('composite-sources')).toContainText('平时考核');
  await shotBothSizes(page, 'annual-composite');

  // The committee: everyone as suggested, then c down to 基本称职 with the written reason.
  await page.getByRole('button', { name: '按建议等次确认' }).click();
  const suggested = page.locator('.ant-modal').filter({ hasText: '按建议等次确认' });
  await suggested.getByRole('button', { name: /确认 4 人/ }).click();
  await expect(suggested).toBeHidden();
  await expect(page.getByTestId('unconfirmed-count')).toContainText('已全部确定等次');
  await chooseOption(page, page.getByRole('combobox', { name: `${c}的确定等次` }), '基本称职');
  const reason = page.locator('.ant-modal').filter({ hasText: '与建议等次不一致，请填写理由' });
  await expect(reason.getByRole('button', { name: /^确\s*定$/ })).toBeDisabled();
  await reason.getByLabel('理由').fill('年度内两次工作失误，经考核委员会研究确定');
  await reason.getByRole('button', { name: /^确\s*定$/ }).click();
  await expect(reason).toBeHidden();
  await expect(row(c)).toContainText('年度内两次工作失误');

  // Lock the year: a banner, and 平时考核 can no longer change.
  await page.getByRole('button', { name: /确认并锁定年度/ }).click();
  const lock = page.locator('.ant-modal-confirm').filter({ hasText: '确认并锁定2027年度' });
  await lock.getByRole('button', { name: '确认并锁定' }).click();
  await expect(page.getByTestId('year-locked-banner')).toBeVisible();
  await expect(row(c)).toContainText('基本称职');
  await shotBothSizes(page, 'annual-composite-locked');

  await openAnnualPage(page, '平时考核');
  await expect(page.getByTestId('year-locked-banner')).toContainText('2027年度考核已确认并锁定（归档），平时考核只能查看，不能修改。');
  await quarterCell(page, d, 1).click();
  await page.keyboard.press(gradeKeys.好);
  await expect(quarterCell(page, d, 1)).toHaveAttribute('data-grade', 'average');

  // 双十星 of the locked year says so up front, and nothing can be created there.
  await goToSubmenu(page, '双十星', '星级方案');
  await chooseOption(page, page.getByRole('combobox', { name: '考核年度' }), '2027年度');
  await expect(page.getByTestId('year-locked-banner')).toContainText('2027年度考核已确认并锁定（归档）');
  await expect(page.getByRole('button', { name: '按预设创建' })).toBeDisabled();
  await shot(page, 'stars-year-locked');
});
