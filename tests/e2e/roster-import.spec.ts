import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { callApi } from './evaluation-helpers';
import { expect, openApp, sharedFixtures, shot, shotBothSizes, test } from './fixtures';
import { chooseOption, goToMenu, peopleCount, tableRow } from './ui';

const roster = path.join(sharedFixtures, '花名册-示例.xlsx');
const sample = { id: '420302196710085374', name: '田晓建', unit: '办公室' };

test('first run: import the roster through the wizard', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);

  // First run: the empty state and its two actions.
  await expect(page.getByRole('heading', { name: '欢迎使用干部考核测评系统' })).toBeVisible();
  await expect(page.getByRole('button', { name: '载入演示数据' })).toBeVisible();
  await shotBothSizes(page, '01-empty-state');

  // Step 1: pick the file. importStart is held back until the progress bar has been seen and
  // photographed (a gate, not a sleep: on a busy machine any fixed delay is either too short or waste).
  await page.getByRole('button', { name: '导入花名册' }).click();
  await expect(page.getByText('点击选择花名册文件，或将文件拖到此处')).toBeVisible();
  await shot(page, '02-import-1-file');
  let releaseStart!: () => void;
  const startHeld = new Promise<void>((resolve) => (releaseStart = resolve));
  await page.route('**/api/roster.importStart', async (route) => {
    await startHeld;
    await route.continue();
  });
  const polls: string[] = [];
  page.on('response', (r) => void (r.url().includes('/api/jobs.status') && polls.push(r.url())));
  await page.locator('input[type=file]').setInputFiles(roster);
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByTestId('import-stage')).not.toBeEmpty();
  await shot(page, '03-import-1-progress', { ignore: ['xlsx'] });

  // 「取消」 while the file is read: the job is cancelled and the step is back as before the pick.
  const cancelSent = page.waitForRequest('**/api/jobs.cancel');
  await page.getByRole('button', { name: '取消' }).click();
  releaseStart();
  await cancelSent;
  await expect(page.getByRole('progressbar')).toBeHidden();
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await expect(page.getByText('点击选择花名册文件，或将文件拖到此处')).toBeVisible();

  // picked again, the file is read to the end
  await page.locator('input[type=file]').setInputFiles(roster);

  // Step 2: the mapping found the sheet, the header row under the title lines, and the columns.
  await expect(page.getByRole('columnheader', { name: '导入为' })).toBeVisible({ timeout: 20_000 });
  expect(polls.length).toBeGreaterThan(0);
  await expect(page.locator('.import-mapping-controls')).toContainText('花名册');
  await expect(page.getByLabel('表头所在行')).toHaveValue('3');
  await expect(page.getByRole('combobox', { name: /第.列导入为/ }).first()).toBeVisible();
  await shotBothSizes(page, '04-import-2-mapping', { ignore: ['花名册-示例.xlsx'] });

  // A wrong header row (the title line) is refused with the reason; the last good mapping stays.
  await page.getByLabel('表头所在行').fill('1');
  await page.getByLabel('表头所在行').press('Tab');
  await expect(page.getByTestId('preview-error')).toContainText('姓名');
  await expect(page.getByLabel('表头所在行')).toHaveValue('3');
  await shot(page, '04-import-2-mapping-refused', { ignore: ['花名册-示例.xlsx'] });
  await page.locator('.ant-alert-close-icon').click();
  await expect(page.getByTestId('preview-error')).toBeHidden();

  // Changing a column's field re-reads the preview: 职务 ignored, then back.
  const postSelect = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '职务', exact: true }) }).getByRole('combobox');
  await chooseOption(page, postSelect, '忽略（不导入）');
  await expect(page.getByRole('row').filter({ has: page.getByRole('cell', { name: '职务', exact: true }) })).toContainText('忽略（不导入）');
  await chooseOption(page, postSelect, '职务');
  await expect(page.getByRole('row').filter({ has: page.getByRole('cell', { name: '职务', exact: true }) })).not.toContainText('忽略（不导入）');

  // Step 3: preview, nothing written yet.
  await page.getByRole('button', { name: '下一步：预览' }).click();
  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('新增 48');
  await expect(counts).toContainText('错误 0');
  await expect(tableRow(page, sample.name).first()).toBeVisible();
  await shotBothSizes(page, '05-import-3-preview');

  // Step 4: commit.
  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('import-result')).toContainText('新增 48 人');
  await shot(page, '06-import-4-done');
  await page.getByRole('button', { name: '查看人员' }).click();
  await expect(peopleCount(page)).toHaveText('共 48 人');
  await shotBothSizes(page, '07-people-after-import');
});

test('after the import: edit one person, see it in the log, export it', async ({ page, app, consoleProblems: _ }, testInfo) => {
  // the roster imported as the wizard does it, through the same channels
  const { jobId } = await callApi(app, 'roster.importStart', { fileName: path.basename(roster), bytes: new Uint8Array(fs.readFileSync(roster)) });
  let sessionId = '';
  await expect
    .poll(async () => {
      const status = await callApi(app, 'jobs.status', { jobId });
      if (status.kind === 'roster-import') sessionId = status.result?.sessionId ?? '';
      return status.state;
    })
    .toBe('done');
  await callApi(app, 'roster.importPreview', { sessionId });
  expect((await callApi(app, 'roster.importCommit', { sessionId })).created).toBe(48);
  await openApp(page, app);
  await expect(peopleCount(page)).toHaveText('共 48 人');

  // Edit one person: change 职务. First a wrong ID number is refused before anything is sent.
  await page.getByRole('searchbox', { name: '查询人员' }).fill(sample.name);
  await expect(peopleCount(page)).toHaveText('共 1 人');
  await tableRow(page, sample.name).getByRole('button', { name: '编辑' }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByText(`编辑人员：${sample.name}`)).toBeVisible();
  await expect(drawer.getByLabel('身份证号')).toHaveValue(sample.id);
  await drawer.getByLabel('身份证号').fill(`${sample.id.slice(0, 17)}0`);
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer.getByText('身份证号校验位不正确，请核对是否录错')).toBeVisible();
  await shot(page, '08-person-form-invalid');
  await drawer.getByLabel('身份证号').fill(sample.id);
  await drawer.getByLabel('职务').fill('副主任');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();
  await expect(tableRow(page, sample.name)).toContainText('副主任');
  await shot(page, '09-people-after-edit');

  // The change is in 操作日志 with its before/after.
  await goToMenu(page, '操作日志');
  const entry = tableRow(page, `修改人员 ${sample.name}`);
  await expect(entry).toBeVisible();
  await expect(entry).toContainText('修改人员');
  await entry.locator('.ant-table-row-expand-icon').click();
  const changed = page.locator('.audit-diff-changed');
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText('职务');
  await expect(changed).toContainText('副主任');
  await shotBothSizes(page, '10-audit-log');

  // Export the roster and read the downloaded workbook.
  await goToMenu(page, '人员');
  await expect(peopleCount(page)).toHaveText('共 48 人');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出花名册' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = testInfo.outputPath('export.xlsx');
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  // a sheet printed on pages across starts its title after the repeated 序号/姓名 columns
  const firstRow = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '')).join('');
  expect(firstRow).toContain('花名册');
  let headerRow = 0;
  sheet.eachRow((row, n) => {
    if (!headerRow && row.values && (row.values as unknown[]).some((v) => v === '姓名')) headerRow = n;
  });
  expect(headerRow).toBeGreaterThan(1);
  const header = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, col) => header.set(String(cell.text).replace(/\s/g, ''), col));
  let personRow = 0;
  let peopleRows = 0;
  sheet.eachRow((row, n) => {
    if (n <= headerRow) return;
    const idCell = row.getCell(header.get('身份证号')!);
    if (/^\d{17}[\dX]$/.test(String(idCell.text))) peopleRows++;
    if (row.getCell(header.get('姓名')!).text === sample.name) personRow = n;
  });
  expect(peopleRows).toBe(48);
  expect(personRow).toBeGreaterThan(headerRow);
  const row = sheet.getRow(personRow);
  const idCell = row.getCell(header.get('身份证号')!);
  // stored as text, so Excel keeps all 18 digits
  expect(idCell.type).toBe(ExcelJS.ValueType.String);
  expect(idCell.value).toBe(sample.id);
  expect(row.getCell(header.get('职务')!).text).toBe('副主任');
  const unitColumn = header.get('单位/科室') ?? header.get('单位') ?? header.get('部门') ?? header.get('科室');
  expect(unitColumn, `unit column among ${[...header.keys()].join(',')}`).toBeDefined();
  expect(row.getCell(unitColumn!).text).toBe(sample.unit);
});
