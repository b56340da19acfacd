// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { QueryWrapper, stubBrowserForAntd } from '../helpers/jsdom-antd';

// every channel goes through api.ts `invoke`: the admin password's state and the session start are answered here
const invoke = vi.fn();
vi.mock('../../renderer/api', async (original) => ({ ...(await original<typeof import('../../renderer/api')>()), invoke: (...args: unknown[]) => invoke(...args) }));
const { EnterKioskDialog } = await import('../../renderer/components/EnterKioskDialog');

beforeAll(stubBrowserForAntd);
afterEach(() => {
  cleanup();
  invoke.mockReset();
  window.location.hash = '';
});

const event = (status: 'setup' | 'test') => ({ id: 7, status, config: { categories: [{ code: 'A', name: '领导班子成员' }, { code: 'B', name: '中层干部' }] } });
const words = { noun: '推荐', ballot: '推荐票', status: '筹备中' };

function answer(passwordSet: boolean) {
  invoke.mockImplementation((channel: string, input: unknown) => {
    if (channel === 'settings.hasAdminPassword') return Promise.resolve({ set: passwordSet });
    if (channel === 'evaluation.kioskStart') return Promise.resolve({ eventId: 7, kind: 'recommendation', category: (input as { category: string | null }).category, startedAt: '2026-01-16T01:00:00Z' });
    return Promise.reject(new Error(`unexpected ${channel}`));
  });
}

describe('EnterKioskDialog (现场测评 and 现场推荐)', () => {
  it('starts the session for the event with the chosen 评委类别 and goes to the kiosk path it is given', async () => {
    answer(true);
    const onClose = vi.fn();
    render(<EnterKioskDialog open event={event('test')} kioskPath="/recommendation/kiosk" words={words} onClose={onClose} />, { wrapper: QueryWrapper });
    expect(await screen.findByText('由评委在推荐票上自选')).toBeTruthy();
    fireEvent.click(screen.getByText('本场只限“中层干部”'));
    fireEvent.click(screen.getByRole('button', { name: '进入现场推荐' }));
    await waitFor(() => expect(window.location.hash).toBe('#/recommendation/kiosk'));
    expect(invoke).toHaveBeenCalledWith('evaluation.kioskStart', { id: 7, category: 'B' });
    expect(onClose).toHaveBeenCalled();
  });

  it('says the event takes no ballots before 测试模式 or 正式推荐, in its own words', async () => {
    answer(true);
    render(<EnterKioskDialog open event={event('setup')} kioskPath="/recommendation/kiosk" words={words} onClose={() => undefined} />, { wrapper: QueryWrapper });
    expect(await screen.findByText('本推荐目前筹备中，不接收推荐票')).toBeTruthy();
    expect(screen.getByRole('button', { name: '进入现场推荐' }).hasAttribute('disabled')).toBe(true);
  });

  it('asks for the admin password first when none is set', async () => {
    answer(false);
    render(<EnterKioskDialog open event={event('test')} kioskPath="/evaluation/kiosk" words={{ noun: '测评', ballot: '测评票', status: '测试中' }} onClose={() => undefined} />, { wrapper: QueryWrapper });
    expect(await screen.findByText('进入现场测评前，请先设置管理员密码')).toBeTruthy();
    expect(screen.getByRole('button', { name: '设置密码' })).toBeTruthy();
  });
});
