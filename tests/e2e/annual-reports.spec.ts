import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { callApi, printToPdf } from './evaluation-helpers';
import { expect, openApp, repoRoot, screenshotDir, shotBothSizes, test } from './fixtures';
import { chooseTreeOption, goToSubmenu } from './ui';

// starts from the demo office (built once per run, fixtures.ts `seed`)
test.use({ seed: 'demo' });

/** Every page of a PDF as PNG (80 dpi), for a person to look at; returns the file names. */
function pagesToPng(pdfPath: string, name: string): string[] {
  execFileSync('pdftoppm', ['-png', '-r', '80', pdfPath, path.join(screenshotDir, name)]);
  return fs.readdirSync(screenshotDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
}

test('年终考核材料: the workbook of the demo year, its cells as the service computes them', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);

  await goToSubmenu(page, '年度考核', '年终考核材料');
  await expect(page.getByText('2026年度考核结果未确定')).toBeVisible();
  await shotBothSizes(page, 'reports-page');

  // The materials workbook: downloaded, opened, its cells checked against the service.
  const materials = page.getByRole('region', { name: '导出年终考核材料' });
  const downloading = page.waitForEvent('download');
  await materials.getByRole('button', { name: '导出年终考核材料' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/2026.*年终考核材料.*未确定.*\.xlsx$/);
  const file = path.join(repoRoot, 'tests', 'output', 'e2e-年终考核材料.xlsx');
  await download.saveAs(file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const names = book.worksheets.map((s) => s.name);
  expect(names.slice(0, 2)).toEqual(['年度考核结果汇总表', '考核排名表']);
  expect(names).toEqual(expect.arrayContaining(['平时考核', '加减分记录', '处分记录', '计分规则说明']));
  expect(names.some((n) => n.startsWith('民主测评'))).toBe(true);
  const summary = book.getWorksheet('年度考核结果汇总表')!;
  expect(String(summary.getCell('A1').value)).toMatch(/2026年度.*（未确定）/);
  const composite = await callApi(app, 'annual.composite', { year: 2026 });
  const first = composite.rows.find((r) => r.composite !== null)!;
  let found = false;
  summary.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (values.includes(first.name) && values.includes(first.unitName)) {
      found = true;
      const numbers = values.filter((v): v is number => typeof v === 'number');
      expect(numbers.some((n) => Math.abs(n - first.composite!) < 1e-9)).toBe(true);
    }
  });
  expect(found).toBe(true);
  expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
});

test('年终考核材料: the 登记表 of a unit printed to PDF, one A4 page per person', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);
  await goToSubmenu(page, '年度考核', '年终考核材料');
  await expect(page.getByText('2026年度考核结果未确定')).toBeVisible();

  // 登记表 for one unit, printed to PDF: one A4 page per person of the unit, even with a 备注 of 200 characters.
  const participants = await callApi(app, 'annual.participants', { year: 2026 });
  const wu = participants.find((p) => p.name === '吴明远')!;
  await callApi(app, 'annual.setParticipantNotes', { year: 2026, entries: [{ personId: wu.personId, remark: '经单位研究，'.repeat(33) + '同意' }] });
  const register = page.getByRole('region', { name: '年度考核登记表' });
  await register.getByRole('radio', { name: '按单位' }).check();
  await chooseTreeOption(page, register.getByRole('combobox', { name: '登记表单位' }), '办公室');
  await register.getByRole('button', { name: /打印预览/ }).click();
  await expect(page.locator('.register-print-root[data-ready="true"]')).toBeVisible();
  const forms = await page.locator('.register-page').count();
  expect(forms).toBeGreaterThan(0);
  const registerPdf = await printToPdf(page, 'annual-register-unit');
  expect(registerPdf.pages).toBe(forms);
  expect(registerPdf.text).toContain('年度考核登记表');
  expect(registerPdf.text).toMatch(/个\s*人\s*总\s*结/);
  // the roster fields of the official form, the 从事或分管工作 the demo gives 孙国栋, and the 备注 line
  const squeezed = registerPdf.text.replace(/\s+/g, '');
  for (const words of ['民族', '学历', '参加工作', '入党时间', '从事或', '负责文稿起草和信息报送', '备注']) expect(squeezed).toContain(words);
  const registerPngs = pagesToPng(registerPdf.pdfPath, 'annual-register-page');
  console.log(`登记表 PDF ${registerPdf.pdfPath}, pages: ${registerPngs.join(', ')}`);
  // and back to the page
  await page.getByRole('button', { name: /返\s*回/ }).click();
  await expect(page.getByRole('region', { name: '年度考核登记表' })).toBeVisible();
});

test('年终考核材料: the 汇总报告 printed to PDF, A4 pages numbered', async ({ page, app, consoleProblems: _ }) => {
  await openApp(page, app);
  await expect(page.getByTestId('people-count')).toHaveText(/共 \d+ 人/);
  await goToSubmenu(page, '年度考核', '年终考核材料');
  await expect(page.getByText('2026年度考核结果未确定')).toBeVisible();

  // The 汇总报告: A4 pages numbered — N —, every page rendered to PNG.
  await page.getByRole('region', { name: '年终考核汇总报告' }).getByRole('button', { name: '打开报告' }).click();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  const report = await printToPdf(page, 'annual-summary-report');
  expect(report.pages).toBeGreaterThan(1);
  expect(report.text).toContain('年终考核汇总报告');
  expect(report.text).toContain('（未确定）');
  for (let n = 1; n <= report.pages; n++) expect(report.text).toMatch(new RegExp(`—\\s*${n}\\s*—`));
  const reportPngs = pagesToPng(report.pdfPath, 'annual-summary-page');
  expect(reportPngs).toHaveLength(report.pages);
  console.log(`汇总报告 PDF ${report.pdfPath}, pages: ${reportPngs.join(', ')}`);
});
