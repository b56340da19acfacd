// @vitest-environment jsdom
import { cleanup, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnnualYearSummary } from '../../shared/annual/views';
import type { EvaluationSummary } from '../../shared/contract/evaluation';
import { QueryWrapper, stubBrowserForAntd } from '../helpers/jsdom-antd';

// every channel goes through api.ts `invoke`: answer 'annual.years' (and the list page) from here
const invoke = vi.fn();
vi.mock('../../renderer/api', async (original) => ({ ...(await original<typeof import('../../renderer/api')>()), invoke: (...args: unknown[]) => invoke(...args) }));
const { useLockedYears, useYearLocked } = await import('../../renderer/hooks/use-year-lock');
const { YearLockedBanner } = await import('../../renderer/components/YearLockedBanner');
const { EvaluationListPage } = await import('../../renderer/pages/evaluation/list/EvaluationListPage');

beforeAll(stubBrowserForAntd);
afterEach(() => {
  cleanup();
  invoke.mockReset();
});

const year = (y: number, status: AnnualYearSummary['status']): AnnualYearSummary => ({
  year: y,
  name: `${y}年度考核`,
  status,
  participants: 4,
  confirmed: status === 'locked' ? 4 : 0,
  lockedAt: status === 'locked' ? `${y + 1}-01-20T09:00:00` : null,
  lockedBy: status === 'locked' ? '管理员' : null,
});
const years = [year(2027, 'open'), year(2026, 'locked'), year(2025, 'locked')];

const summary = (id: number, y: number): EvaluationSummary => ({
  id,
  name: `${y}年度干部述职测评`,
  year: y,
  date: `${y}-12-20`,
  reviewPeriod: null,
  status: 'closed',
  targets: 12,
  liveBallots: 0,
  validBallots: 0,
  testBallots: 0,
});

/** invoke answers by channel; `annualYears` may be an Error to make 'annual.years' fail. */
function answer(annualYears: AnnualYearSummary[] | Error = years) {
  invoke.mockImplementation((channel: string) => {
    if (channel === 'annual.years') return annualYears instanceof Error ? Promise.reject(annualYears) : Promise.resolve(annualYears);
    if (channel === 'evaluation.list') return Promise.resolve([summary(1, 2027), summary(2, 2026)]);
    return Promise.resolve([]);
  });
}

const wrapper = QueryWrapper;

/** What a page does: the banner only when the year is locked. */
function Probe({ year: y }: { year: number | undefined }) {
  const locked = useYearLocked(y);
  return locked && y !== undefined ? <YearLockedBanner year={y} /> : <span>可以修改</span>;
}

const bannerText = '2026年度考核已确认并锁定（归档），本年度的述职测评和双十星数据只能查看，不能修改。如确需修改，请由管理员在「综合评定」页面解锁。';

describe('useLockedYears / useYearLocked', () => {
  it('collects the locked 考核年度 from annual.years, and only those', async () => {
    answer();
    const { result } = renderHook(() => useLockedYears(), { wrapper });
    await waitFor(() => expect([...result.current].sort()).toEqual([2025, 2026]));
    expect(invoke).toHaveBeenCalledWith('annual.years', undefined);
  });

  it('says locked for a locked year, not for an open one, a missing one or no year', async () => {
    answer();
    const { result } = renderHook(() => [useYearLocked(2026), useYearLocked(2027), useYearLocked(2030), useYearLocked(undefined)], { wrapper });
    await waitFor(() => expect(result.current).toEqual([true, false, false, false]));
  });

  it('counts no year as locked while the list cannot be read', async () => {
    answer(new Error('无法读取'));
    const { result } = renderHook(() => ({ locked: useYearLocked(2026), set: useLockedYears() }), { wrapper });
    await waitFor(() => expect(invoke).toHaveBeenCalled());
    expect(result.current.locked).toBe(false);
    expect(result.current.set.size).toBe(0);
  });
});

describe('YearLockedBanner', () => {
  it('shows the 归档 notice on a locked year, with the way to 综合评定', async () => {
    answer();
    render(<Probe year={2026} />, { wrapper });
    const banner = await screen.findByTestId('year-locked-banner');
    expect(banner.textContent).toContain(bannerText);
    window.location.hash = '#/stars/schemes';
    fireEvent.click(within(banner).getByRole('button', { name: '前往综合评定' }));
    expect(window.location.hash).toBe('#/annual/composite');
  });

  it('stays away on an open year', async () => {
    answer();
    render(<Probe year={2027} />, { wrapper });
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('annual.years', undefined));
    expect(screen.getByText('可以修改')).toBeTruthy();
    expect(screen.queryByTestId('year-locked-banner')).toBeNull();
  });

  it('has no link in the kiosk', () => {
    render(<YearLockedBanner year={2025} link={false} />, { wrapper });
    const banner = screen.getByTestId('year-locked-banner');
    expect(banner.textContent).toContain('2025年度考核已确认并锁定（归档）');
    expect(within(banner).queryByRole('button')).toBeNull();
  });

  it("says what the page freezes, who locked the year and when, and takes the page's own action in place of the link", () => {
    render(
      <YearLockedBanner year={2026} scope="平时考核" locked={{ at: '2027-01-20T09:05:07', by: '王主任' }} action={<button type="button">解锁（管理员）</button>} />,
      { wrapper },
    );
    const banner = screen.getByTestId('year-locked-banner');
    expect(banner.textContent).toContain('2026年度考核已确认并锁定（归档），平时考核只能查看，不能修改。');
    expect(banner.textContent).toContain('锁定时间：2027-01-20 09:05:07；锁定人：王主任');
    expect(banner.textContent).not.toContain('如确需修改');
    expect(within(banner).getAllByRole('button').map((b) => b.textContent)).toEqual(['解锁（管理员）']);
  });

  it('says 「—」 for a lock whose time and operator are not known', () => {
    render(<YearLockedBanner year={2026} scope="指标体系和评分" locked={{ at: null, by: null }} />, { wrapper });
    expect(screen.getByTestId('year-locked-banner').textContent).toContain('锁定时间：—；锁定人：—');
  });
});

describe('述职测评 list', () => {
  it('marks the event of a locked year 「已归档」 and keeps it from being deleted', async () => {
    answer();
    render(<EvaluationListPage />, { wrapper });
    const archived = await screen.findByRole('row', { name: /2026年度干部述职测评/ });
    await waitFor(() => expect(within(archived).getByText('已归档')).toBeTruthy());
    expect(within(archived).getByRole('button', { name: /删\s*除/ }).hasAttribute('disabled')).toBe(true);
    const open = screen.getByRole('row', { name: /2027年度干部述职测评/ });
    expect(within(open).queryByText('已归档')).toBeNull();
    expect(within(open).getByRole('button', { name: /删\s*除/ }).hasAttribute('disabled')).toBe(false);
  });
});
