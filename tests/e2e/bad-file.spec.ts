import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { idCheckChar } from '../../shared/normalize/id-number';
import { expect, openApp, shot, test } from './fixtures';
import { goToMenu, peopleCount, tableRow } from './ui';

test('a file that is not a spreadsheet: a Chinese message, nothing imported', async ({ page, app, consoleProblems: _ }, testInfo) => {
  // a PDF renamed to .xlsx, as happens when someone saves the wrong attachment
  const fake = testInfo.outputPath('花名册.xlsx');
  fs.writeFileSync(fake, Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), Buffer.alloc(512, 7)]));
  await openApp(page, app);
  await page.getByRole('button', { name: '导入花名册' }).click();
  await page.locator('input[type=file]').setInputFiles(fake);
  const error = page.getByTestId('import-error');
  await expect(error).toBeVisible({ timeout: 20_000 });
  await expect(error).toContainText('不是 Excel 工作簿');
  await expect(page.getByText('无法导入“花名册.xlsx”')).toBeVisible();
  await shot(page, '17-import-bad-file', { ignore: ['xlsx'] });
  // still on step 1, and the database is as empty as before
  await expect(page.getByText('点击选择花名册文件，或将文件拖到此处')).toBeVisible();
  await goToMenu(page, '人员');
  await expect(page.getByRole('heading', { name: '欢迎使用干部考核测评系统' })).toBeVisible();
});

const validId = (first17: string) => first17 + idCheckChar(first17);
const wrongCheckDigit = (first17: string) => first17 + (idCheckChar(first17) === '0' ? '1' : '0');

/** A roster with the mistakes offices make, written in the test so each row's fault is known. */
async function rosterWithErrors(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['人员花名册']);
  ws.addRow(['序号', '姓名', '性别', '出生年月', '身份证号', '政治面貌', '部门', '职务', '人员类别']);
  ws.addRow([1, '王建国', '男', '1975.03', validId('11010119750307001'), '中共党员', '办公室', '主任', '公务员']);
  ws.addRow([2, '李红梅', '女', '1982.11', validId('11010119821115002'), '群众', '办公室', '科员', '公务员']);
  ws.addRow([3, '赵校验', '男', '1990.01', wrongCheckDigit('11010119900101001'), '群众', '工程科', '科员', '事业']); // wrong check digit
  ws.addRow([4, '', '男', '1988.05', validId('11010119880505001'), '群众', '工程科', '科员', '事业']); // no name
  ws.addRow([5, '钱数字', '男', '1980.03', 4.20302198003127e17, '群众', '工程科', '科员', '事业']); // ID stored as a number
  ws.addRow([6, '孙平安', '男', '1979.09', validId('11010119790909001'), '中共党员', '工程科', '科长', '公务员']);
  await wb.xlsx.writeFile(file);
}

test('a roster with errors: the preview names each bad row, error rows download, the rest imports', async ({ page, app, consoleProblems: _ }, testInfo) => {
  const file = testInfo.outputPath('有错误的花名册.xlsx');
  await rosterWithErrors(file);
  await openApp(page, app);
  await page.getByRole('button', { name: '导入花名册' }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('columnheader', { name: '导入为' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel('表头所在行')).toHaveValue('2');
  await page.getByRole('button', { name: '下一步：预览' }).click();
  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('错误 3');
  await expect(counts).toContainText('新增 3');
  // the error filter is on first: each bad row with its sheet row number and reason
  await expect(tableRow(page, '第5行')).toContainText('校验位');
  await expect(tableRow(page, '第6行')).toContainText('姓名');
  await expect(tableRow(page, '第7行')).toContainText('数字');
  await expect(page.getByText('有 3 行存在错误，这些行不会导入')).toBeVisible();
  await shot(page, '18-import-preview-errors', { ignore: ['有错误的花名册.xlsx'] });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载错误行' }).click()]);
  const report = testInfo.outputPath('errors.xlsx');
  await download.saveAs(report);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(report);
  const texts: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => void texts.push(String(c.text))));
  expect(texts).toContain('错误原因');
  expect(texts).toContain('赵校验');
  expect(texts).toContain('钱数字');
  expect(texts).not.toContain('王建国');

  await page.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('import-result')).toContainText('新增 3 人');
  await expect(page.getByTestId('import-result')).toContainText('有错误未导入 3 行');
  await page.getByRole('button', { name: '查看人员' }).click();
  await expect(peopleCount(page)).toHaveText('共 3 人');
});
