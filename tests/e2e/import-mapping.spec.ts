import ExcelJS from 'exceljs';
import { idCheckChar } from '../../shared/normalize/id-number';
import { expect, openApp, shot, test } from './fixtures';
import { chooseOption, peopleCount } from './ui';

const validId = (first17: string) => first17 + idCheckChar(first17);

test('a header the system does not know: the user points 姓名 at the right column and imports', async ({ page, app, consoleProblems: _ }, testInfo) => {
  const file = testInfo.outputPath('人员名单.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员');
  ws.addRow(['序号', '人名', '性别', '所在科室', '职务', '身份证号']);
  ws.addRow([1, '王建国', '男', '办公室', '主任', validId('11010119750307001')]);
  ws.addRow([2, '李红梅', '女', '办公室', '科员', validId('11010119821115002')]);
  ws.addRow([3, '孙平安', '男', '工程科', '科长', validId('11010119790909001')]);
  await wb.xlsx.writeFile(file);

  await openApp(page, app);
  await page.getByRole('button', { name: '导入花名册' }).click();
  await page.locator('input[type=file]').setInputFiles(file);

  // No 姓名 column found: the mapping step still opens, says why, and 下一步 waits.
  await expect(page.getByTestId('preview-error')).toContainText('姓名', { timeout: 20_000 });
  await expect(page.getByText('还没有对应到必填项：姓名')).toBeVisible();
  await expect(page.getByRole('button', { name: '下一步：预览' })).toBeDisabled();
  await shot(page, '26-import-mapping-missing-name', { ignore: ['人员名单.xlsx'] });

  await chooseOption(page, page.getByRole('combobox', { name: '第B列导入为' }), '姓名（必填）');
  await expect(page.getByTestId('preview-error')).toBeHidden();
  await expect(page.getByText(/还没有对应到必填项/)).toBeHidden();
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await expect(page.getByTestId('import-counts')).toContainText('新增 3');
  await page.getByRole('button', { name: '确认导入' }).click();
  await page.getByRole('button', { name: '查看人员' }).click();
  await expect(peopleCount(page)).toHaveText('共 3 人');
  await expect(page.locator('.ant-table-row', { hasText: '李红梅' })).toContainText('办公室');
});
