import type { Locator, Page } from '@playwright/test';
import { expect, type RunningApp } from './fixtures';
import { chooseOption, goToMenu } from './ui';

/** A 1×1 PNG, the smallest real image a 佐证材料 can be. */
export const tinyPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

type StarsPage = '星级方案' | '评星' | '星级公示榜' | '年终认定';
const starsPaths: Record<StarsPage, string> = { 星级方案: '/stars/schemes', 评星: '/stars/review', 星级公示榜: '/stars/board', 年终认定: '/stars/year-end' };

/**
 * Opens the app right at a 双十星 page (its hash route), for a test whose earlier state is seeded
 * through the API: it skips drawing the 人员 page first, the slowest part of opening the app on a busy
 * machine. Moving between pages inside a test goes through the menu (openStarsPage).
 */
export async function openStarsAt(page: Page, app: RunningApp, label: StarsPage): Promise<void> {
  await page.goto(`${app.url}#${starsPaths[label]}`);
  await expect(page.getByRole('heading', { name: label })).toBeVisible();
}

/**
 * Starts watching for a toast BEFORE the action that shows it; await the result after the action.
 * An antd message is shown for a few seconds, which a poll on a busy machine can miss; a selector
 * wait that is already running sees it in the frame it appears. Use it only where the toast is the
 * only proof; otherwise assert the lasting result (the grid cell, the saved record).
 */
export function toastSeen(page: Page, text: string): Promise<unknown> {
  const seen = page.waitForSelector(`.ant-message-notice:has-text(${JSON.stringify(text)})`, { timeout: 60_000 });
  // a test that fails before awaiting it must not also report an unhandled rejection
  seen.catch(() => undefined);
  return seen;
}

/** Types a YYYY-MM-DD day into an antd DatePicker found by its label. */
export async function fillDay(_page: Page, scope: Locator, label: string, day: string): Promise<void> {
  const input = scope.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await expect(input).toHaveValue(day);
}

export async function chooseYear(page: Page, year: number): Promise<void> {
  const select = page.getByRole('combobox', { name: '考核年度' });
  // a page still starting on a busy machine gets the expectation's time, not only a click's
  await expect(select).toBeEnabled();
  await chooseOption(page, select, `${year}年度`);
}

export async function openStarsPage(page: Page, label: StarsPage): Promise<void> {
  await goToMenu(page, label);
  await expect(page.getByRole('heading', { name: label })).toBeVisible();
}

/** A row of the 星级公示榜 by the target's name. */
export const boardRow = (page: Page, name: string) => page.locator('.ant-table-row', { has: page.getByText(name, { exact: true }) });

export const gridRow = (page: Page, name: string) => page.locator(`.star-grid-row[data-target="${name}"]`);
export const gridCell = (page: Page, name: string, code: string) => gridRow(page, name).locator(`.sg-star[data-code="${code}"]`);


/** Clicks an option of an antd Segmented (its radio input is hidden). */
export async function chooseSegment(page: Page, label: string): Promise<void> {
  const item = page.locator('.ant-segmented-item', { hasText: label }).first();
  await item.click();
  await expect(item).toHaveClass(/ant-segmented-item-selected/);
}

/**
 * A year before the demo's (the demo fills the current year, or last year in January and February):
 * every day of it is past, so each 双十星 step may be dated anywhere in it (no step may be dated
 * after today), and it has no scheme yet.
 */
export function pastStarYear(now = new Date()): number {
  const demoYear = now.getUTCMonth() < 2 ? now.getUTCFullYear() - 1 : now.getUTCFullYear();
  return demoYear - 1;
}
