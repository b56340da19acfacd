// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EvaluationEvent, EvaluationTarget } from '../../shared/contract/evaluation';
import { presetConfig } from '../../shared/evaluation/presets';
import { ticketFromRandom } from '../../shared/evaluation/ticket-number';
import { emptyDraft, type BallotDraft } from '../../renderer/pages/evaluation/ballot-draft';
import { kioskRedirect } from '../../renderer/pages/evaluation/kiosk-lock';
import { BallotGrid } from '../../renderer/pages/evaluation/kiosk/BallotGrid';

const invoke = vi.fn();
vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  invoke: (...args: unknown[]) => invoke(...args),
}));
vi.mock('../../renderer/hooks/api-hooks', () => ({
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
// imported after the mock so the form sends through it
const { EntryForm } = await import('../../renderer/pages/evaluation/entry/EntryForm');

beforeAll(() => {
  // antd asks for these; jsdom has neither
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element) => computed(element);
});
afterEach(() => {
  cleanup();
  invoke.mockReset();
  sessionStorage.clear();
});

const civil = presetConfig('civil-servant-level')!;
const targets: EvaluationTarget[] = ['周立新', '黄振华', '何丽娟'].map((name, i) => ({ id: 100 + i, personId: i + 1, unitId: null, name, post: '副主任', unitName: '办公室', group: '班子成员', sortOrder: i }));

function Grid(props: { onDraft: (d: BallotDraft) => void; autoFocus?: boolean }) {
  const [draft, setDraft] = useState<BallotDraft>(emptyDraft(targets.length));
  return (
    <BallotGrid
      config={civil}
      targets={targets}
      draft={draft}
      autoFocus={props.autoFocus}
      onChange={(update) =>
        setDraft((latest) => {
          const next = update(latest);
          props.onDraft(next);
          return next;
        })
      }
    />
  );
}

describe('现场测评 ballot by keyboard', () => {
  it('a digit sets the level of the focused line and moves to the next; 0 is 弃权; arrows move and cycle', () => {
    let last: BallotDraft = [];
    render(<Grid onDraft={(d) => (last = d)} />);
    const row = (n: number) => screen.getByTestId(`ballot-row-${n}`);
    row(1).focus();
    fireEvent.keyDown(row(1), { key: '1' });
    expect(last.map((l) => l.level)).toEqual(['excellent', undefined, undefined]);
    expect(document.activeElement).toBe(row(2));
    fireEvent.keyDown(row(2), { key: '0' });
    expect(last[1]!.level).toBeNull();
    expect(document.activeElement).toBe(row(3));
    // a key that is no level does nothing
    fireEvent.keyDown(row(3), { key: '7' });
    expect(last[2]!.level).toBeUndefined();
    fireEvent.keyDown(row(3), { key: 'ArrowRight' });
    expect(last[2]!.level).toBe('excellent');
    fireEvent.keyDown(row(3), { key: 'ArrowRight' });
    expect(last[2]!.level).toBe('competent');
    fireEvent.keyDown(row(3), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(row(2));
    // clicking the chosen cell again takes the choice back
    fireEvent.click(screen.getByRole('radio', { name: '周立新 优秀' }));
    expect(last[0]!.level).toBeUndefined();
    expect(screen.getByRole('radio', { name: '黄振华 弃权' }).getAttribute('aria-checked')).toBe('true');
  });
});

describe('现场测评 ballot typed fast', () => {
  it('focuses the first line on load, so the first digit counts without a click', () => {
    let last: BallotDraft = [];
    render(<Grid onDraft={(d) => (last = d)} autoFocus />);
    expect(document.activeElement).toBe(screen.getByTestId('ballot-row-1'));
    fireEvent.keyDown(document.activeElement!, { key: '2' });
    expect(last[0]!.level).toBe('competent');
  });

  it('keeps every digit when keys come faster than React renders', () => {
    let last: BallotDraft = [];
    render(<Grid onDraft={(d) => (last = d)} autoFocus />);
    // three keys in one batch: no render in between, as when a rater types at 30 ms on a busy PC
    act(() => {
      for (const key of ['1', '2', '3']) fireEvent.keyDown(document.activeElement!, { key });
    });
    expect(last.map((l) => l.level)).toEqual(['excellent', 'competent', 'basic']);
  });
});

describe('kiosk redirect', () => {
  it('sends every other address to the kiosk while the main process has a session', () => {
    const session = { eventId: 3, kind: 'evaluation' as const, category: 'B', startedAt: '2026-12-20T09:00:00.000Z' };
    expect(kioskRedirect('/people', null)).toBeNull();
    expect(kioskRedirect('/people', undefined)).toBeNull();
    expect(kioskRedirect('/people', session)).toBe('/evaluation/kiosk');
    expect(kioskRedirect('/settings/admin-password', session)).toBe('/evaluation/kiosk');
    // a 民主推荐 session holds the app on its own kiosk, and the 述职测评's is not it
    const recommending = { ...session, kind: 'recommendation' as const };
    expect(kioskRedirect('/evaluation/kiosk', recommending)).toBe('/recommendation/kiosk');
    expect(kioskRedirect('/recommendation/kiosk', recommending)).toBeNull();
    expect(kioskRedirect('/evaluation/kiosk', session)).toBeNull();
  });
});

describe('纸质票录入 keyboard flow', () => {
  const event = {
    id: 7, name: '测评', year: 2025, date: '2026-01-16', status: 'live', reviewPeriod: null, targets: 3, liveBallots: 0, validBallots: 0, testBallots: 0,
    unitTitle: '示范区', presetKey: 'civil-servant-level', config: civil, targetList: targets, attendance: {}, ticketsIssued: 5, locked: false, closedAt: null,
  } satisfies EvaluationEvent;
  const ticket = ticketFromRandom(new Uint8Array([9, 8, 7, 6, 5, 4, 3, 2]));

  const renderForm = () =>
    render(
      <QueryClientProvider client={new QueryClient()}>
        <EntryForm event={event} clerk="张录入" doubleEntry onSaved={() => {}} onNeedClerk={() => {}} />
      </QueryClientProvider>,
    );

  it('票号 + Enter, the category key, a digit per line, Enter: sends those marks and starts again at 票号', async () => {
    invoke.mockResolvedValue({ state: 'awaiting-second', outcome: null });
    renderForm();
    const ticketBox = screen.getByLabelText('票号');
    fireEvent.change(ticketBox, { target: { value: `7-${ticket.toLowerCase()}` } });
    fireEvent.keyDown(ticketBox, { key: 'Enter' });
    const category = screen.getByLabelText('评委类别');
    expect(document.activeElement).toBe(category);
    fireEvent.change(category, { target: { value: 'b' } });
    expect(document.activeElement).toBe(screen.getByLabelText('第1行 周立新 等次'));
    for (const [i, key] of ['1', '4', '0'].entries()) fireEvent.keyDown(screen.getByLabelText(`第${i + 1}行 ${targets[i]!.name} 等次`), { key });
    expect(screen.getByText('不称职')).toBeTruthy();
    await act(async () => {
      fireEvent.keyDown(screen.getByLabelText('第3行 何丽娟 等次'), { key: 'Enter' });
    });
    expect(invoke).toHaveBeenCalledWith('evaluation.paperEntry', {
      id: 7,
      ticketNo: ticket,
      clerk: '张录入',
      doubleEntry: true,
      marks: {
        category: 'B',
        lines: [
          { targetId: 100, level: 'excellent', scores: {} },
          { targetId: 101, level: 'incompetent', scores: {} },
          { targetId: 102, level: null, scores: {} },
        ],
      },
    });
    expect(screen.getByTestId('entry-notice').textContent).toContain(`票号 ${ticket} 第一遍已录入`);
    expect((screen.getByLabelText('票号') as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('票号'));
  });

  it('refuses a skipped line and a 票号 of another event before sending anything', async () => {
    renderForm();
    const ticketBox = screen.getByLabelText('票号');
    fireEvent.change(ticketBox, { target: { value: `8-${ticket}` } });
    fireEvent.keyDown(ticketBox, { key: 'Enter' });
    expect(screen.getByTestId('entry-notice').textContent).toContain('属于其他测评活动');
    fireEvent.change(ticketBox, { target: { value: ticket } });
    fireEvent.keyDown(ticketBox, { key: 'Enter' });
    fireEvent.change(screen.getByLabelText('评委类别'), { target: { value: 'A' } });
    fireEvent.keyDown(screen.getByLabelText('第1行 周立新 等次'), { key: '2' });
    await act(async () => {
      fireEvent.keyDown(screen.getByLabelText('第2行 黄振华 等次'), { key: 'Enter' });
    });
    // every line still to type is named, not only the first
    expect(screen.getByTestId('entry-notice').textContent).toBe('第2行（黄振华）、第3行（何丽娟）尚未录入，弃权请录 0');
    expect(document.activeElement).toBe(screen.getByLabelText('第2行 黄振华 等次'));
    expect(invoke).not.toHaveBeenCalled();
  });

  it('评分票: scores typed per indicator (blank = not scored), Enter in a score box saves', async () => {
    invoke.mockResolvedValue({ state: 'counted-single', outcome: { valid: true, reasons: [], messages: [] } });
    const deNeng = presetConfig('de-neng-qin-ji-lian')!;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <EntryForm event={{ ...event, config: deNeng, presetKey: 'de-neng-qin-ji-lian' }} clerk="张录入" doubleEntry={false} onSaved={() => {}} onNeedClerk={() => {}} />
      </QueryClientProvider>,
    );
    fireEvent.change(screen.getByLabelText('票号'), { target: { value: ticket } });
    fireEvent.keyDown(screen.getByLabelText('票号'), { key: 'Enter' });
    fireEvent.change(screen.getByLabelText('评委类别'), { target: { value: 'C' } });
    // no level columns on a 评分票: the category jumps straight to the first score
    expect(document.activeElement).toBe(screen.getByLabelText('第1行 周立新 德'));
    fireEvent.change(screen.getByLabelText('第1行 周立新 德'), { target: { value: '90' } });
    fireEvent.change(screen.getByLabelText('第1行 周立新 能'), { target: { value: '8５' } });
    fireEvent.change(screen.getByLabelText('第2行 黄振华 廉'), { target: { value: '100' } });
    await act(async () => {
      fireEvent.keyDown(screen.getByLabelText('第2行 黄振华 廉'), { key: 'Enter' });
    });
    expect(invoke).toHaveBeenCalledTimes(1);
    const sent = invoke.mock.calls[0]![1] as { marks: { lines: unknown[] }; doubleEntry: boolean };
    expect(sent.doubleEntry).toBe(false);
    expect(sent.marks.lines).toEqual([
      { targetId: 100, level: null, scores: { de: 90, neng: 85 } }, // full-width 5 counts as 5
      { targetId: 101, level: null, scores: { lian: 100 } },
      { targetId: 102, level: null, scores: {} },
    ]);
    expect(screen.getByTestId('entry-notice').textContent).toBe(`票号 ${ticket} 已保存，计为有效票`);
  });

  it('keeps what was typed when the service refuses the 票号, and goes back to the 票号', async () => {
    invoke.mockRejectedValue(new Error(`票号 ${ticket} 未发出`));
    renderForm();
    fireEvent.change(screen.getByLabelText('票号'), { target: { value: ticket } });
    fireEvent.keyDown(screen.getByLabelText('票号'), { key: 'Enter' });
    fireEvent.change(screen.getByLabelText('评委类别'), { target: { value: 'C' } });
    for (const [i, key] of ['2', '2', '2'].entries()) fireEvent.keyDown(screen.getByLabelText(`第${i + 1}行 ${targets[i]!.name} 等次`), { key });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存（回车）' }));
    });
    expect(screen.getByTestId('entry-notice').textContent).toBe(`票号 ${ticket} 未发出`);
    expect(document.activeElement).toBe(screen.getByLabelText('票号'));
    expect((screen.getByLabelText('第3行 何丽娟 等次') as HTMLInputElement).value).toBe('2');
  });
});
