import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The menu groups of the entries tests open with goToMenu (the sider is an accordion: other groups are closed). */
// The sider is an accordion (only the current group open): every page of a group is reached through it.
const menuGroupOf: Readonly<Record<string, string>> = {
  人员: '人员花名册', 单位: '人员花名册', 数据与备份: '设置', 管理员密码: '设置', 操作员: '设置',
  星级方案: '双十星', 评星: '双十星', 星级公示榜: '双十星', 年终认定: '双十星',
  年度考核方案: '年度考核', 考核项目评分: '年度考核', 平时考核: '年度考核', 评价与奖惩: '年度考核', 综合评定: '年度考核', 优秀公示: '年度考核', 年终考核材料: '年度考核',
};

/** Clicks an entry of the left menu (opening its submenu first when needed). */
export async function goToMenu(page: Page, label: string): Promise<void> {
  const group = menuGroupOf[label];
  if (group) await goToSubmenu(page, group, label);
  else await page.locator('.shell-sider .ant-menu').getByText(label, { exact: true }).click();
}

/**
 * Opens a page of a menu group, opening the group first when it is closed. The group's state is read
 * from its aria-expanded, not guessed from what is visible, so a slow frame cannot make it toggle twice.
 */
export async function goToSubmenu(page: Page, group: string, label: string): Promise<void> {
  const menu = page.locator('.shell-sider .ant-menu');
  const title = menu.locator('.ant-menu-submenu-title', { hasText: group });
  await expect(title).toBeVisible();
  if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
  await expect(title).toHaveAttribute('aria-expanded', 'true');
  await menu.getByText(label, { exact: true }).click();
}

/** Picks an option of an antd Select: open it, then click the option in the open dropdown. */
export async function chooseOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
  await expect(dropdown).toBeHidden();
}

/** 「共 N 人」 of the people page. */
export const peopleCount = (page: Page) => page.getByTestId('people-count');

/** A row of an antd table (virtual or not) holding some text. */
export const tableRow = (page: Page, text: string) => page.locator('.ant-table-row', { hasText: text });

/** Picks a unit in an antd TreeSelect by its name. */
export async function chooseTreeOption(page: Page, select: Locator, option: string, { closes = true } = {}): Promise<void> {
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  // The dropdown animates in and its virtual list re-renders while it does, so a click can land on a
  // detached node on a busy machine: retry until the option is really chosen.
  await expect(async () => {
    if (!(await dropdown.isVisible())) await select.click();
    await dropdown.locator('.ant-select-tree-title').getByText(option, { exact: true }).click({ timeout: 10_000 });
    await expect(select.locator(`xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]`)).toContainText(option, { timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
  if (closes) await expect(dropdown).toBeHidden();
}
