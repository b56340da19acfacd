import fs from 'node:fs';
import path from 'node:path';
import { savePagePngs, squeeze } from '../helpers/print-pdf';
import { callApi } from './evaluation-helpers';
import { expect, openApp, repoRoot, shotBothSizes, test } from './fixtures';
import { printedOneA4Page, songFonts } from './print-helpers';
import { goToSubmenu } from './ui';

/**
 * 月度通报 (DOMAIN §8.5) on the demo office grown to 40 科室, seeded through the API: a task per 科室
 * with a node due last month (some on time, some late, some undone), 周晒 for half of them, the
 * 通报 saved and 印发. The page shows the figures by rank and what is behind a row; the print view
 * puts the 40 rows, the lines and the 落款 on one A4 page with no word under 8 pt.
 */

test.use({ seed: 'demo' });

const outDir = path.join(repoRoot, 'tests', 'output', 'bulletin-print');
const minimumPoints = 8;

test('月度通报 for 40 科室: figures by rank, a row\'s nodes and weeks, 印发, one A4 page at 8 pt or more', async ({ page, app, consoleProblems: _ }) => {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const year = (await callApi(app, 'annual.years', {})).find((y) => y.status !== 'locked')!.year;
  const today = new Date();
  const month = year === today.getFullYear() ? Math.max(1, today.getMonth()) : 12;
  const mm = String(month).padStart(2, '0');

  const units = await callApi(app, 'units.list', {});
  const office = units.find((u) => u.parentId == null)!;
  const children = units.filter((u) => u.parentId === office.id);
  const extra = ['宣传教育科', '信息化建设科', '财务审计科', '人事科', '督查室', '应急保障中心', '物资储备站', '技术服务中心', '法规科', '装备科', '后勤保障科',
    '档案室', '机要室', '工程建设科', '战备科', '动员潜力调查科', '经济动员科', '交通战备科', '信息动员科', '人民防空指挥所', '防空警报站', '疏散基地管理站',
    '工程质量监督站', '宣传教育中心', '国防教育基地', '民兵训练基地', '综合执法大队', '政策研究室', '老干部科', '机关党委办公室', '工会', '团委'];
  for (const name of extra.slice(0, 40 - children.length)) children.push(await callApi(app, 'units.create', { name, parentId: office.id }));
  expect(children).toHaveLength(40);

  const goal = await callApi(app, 'tasks.saveItem', { year, kind: 'goal', parentId: null, title: '全面完成年度国防动员工作目标' });
  const project = await callApi(app, 'tasks.saveItem', { year, kind: 'project', parentId: goal.id, title: '重点工作项目化推进' });
  for (const [i, u] of children.entries()) {
    const t = await callApi(app, 'tasks.saveItem', { year, kind: 'task', parentId: project.id, title: `${u.name}重点任务`, leadUnitId: u.id });
    // on time, late, undone, in turn
    const doneOn = i % 3 === 0 ? `${year}-${mm}-10` : i % 3 === 1 ? `${year}-${mm}-20` : null;
    await callApi(app, 'tasks.saveNode', { taskId: t.id, name: '阶段成果', dueOn: `${year}-${mm}-15`, status: doneOn ? 'done' : 'todo', doneOn });
  }
  const weekly = await callApi(app, 'weekly.settings', { year });
  await callApi(app, 'weekly.setSettings', { year, settings: { ...weekly.settings, mode: 'unit', unitIds: children.map((u) => u.id) } });
  const figuresBefore = await callApi(app, 'bulletins.view', { year, month });
  for (const u of children.slice(0, 20)) {
    for (const w of figuresBefore.figures.weeks.slice(0, 2)) await callApi(app, 'weekly.saveItems', { year, week: w.week, target: { kind: 'unit', id: u.id }, items: [{ text: '完成本周重点工作' }] });
  }
  const settings = await callApi(app, 'bulletins.settings', { year });
  await callApi(app, 'bulletins.setSettings', { year, settings: { ...settings.settings, unitIds: children.map((u) => u.id) } });
  const view = await callApi(app, 'bulletins.view', { year, month });
  expect(view.figures.rows).toHaveLength(40);
  const worst = view.suggestions.criticism[0]!.unitName;
  await callApi(app, 'bulletins.save', {
    year, month,
    text: {
      ...view.proposal, opening: `为推动各项工作落地见效，现将${year}年${month}月份各科室（单位）工作任务完成情况通报如下。`,
      praise: view.suggestions.praise.slice(0, 2).map((s) => `${s.unitName}本月节点全部按时完成，周晒及时，予以通报表扬。`),
      criticism: [`${worst}等单位存在节点逾期未完成情况，请于下周内整改到位。`],
    },
  });
  await callApi(app, 'bulletins.issue', { year, month });

  await page.setViewportSize({ width: 1440, height: 900 });
  await openApp(page, app);
  await goToSubmenu(page, '能力作风建设', '月度通报');
  // the page opens on last month, its 期数 and state beside it
  await expect(page.locator('.ant-select-content', { hasText: `${month}月（第${view.proposal.issueNo}期·已印发）` })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/已印发 .*，数据已固定/)).toBeVisible({ timeout: 30_000 });
  const table = page.getByTestId('bulletin-figures');
  await expect(table).toContainText(children[0]!.name);
  await shotBothSizes(page, 'bulletins-page');
  // a row opens the nodes and weeks behind it
  await table.getByText(children[0]!.name, { exact: true }).click();
  const drawer = page.getByRole('dialog', { name: new RegExp(`${children[0]!.name}：`) });
  await expect(drawer).toContainText('阶段成果');
  await expect(drawer).toContainText('按时完成');
  await expect(drawer).toContainText(`第${view.figures.weeks[0]!.week}周 已晒`);
  await shotBothSizes(page, 'bulletins-row');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.getByTestId('bulletin-sheet')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('print-count')).toContainText('一页');
  await expect(page.getByTestId('print-count')).toContainText('40个单位（已印发');
  await shotBothSizes(page, 'bulletins-print');

  const text = await printedOneA4Page(page, outDir, 'bulletin', songFonts, minimumPoints);
  expect(text).toContain(squeeze(view.proposal.title));
  expect(text).toContain(`第${view.proposal.issueNo}期`);
  for (const u of children) expect(text, u.name).toContain(squeeze(u.name));
  expect(text).toContain(squeeze(`${worst}等单位存在节点逾期未完成情况`));
  expect(text).toContain(squeeze(office.name));
  savePagePngs(path.join(outDir, 'bulletin.pdf'), outDir, 'bulletin', { first: 1, last: 1 });
});
