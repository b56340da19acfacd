// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WeeklyTargetWeek } from '../../shared/weekly';
import { draftsOf, withTrailingRow, type CellRow } from '../../renderer/pages/weekly/entry/cell-rows';

const invoke = vi.fn();
vi.mock('../../renderer/api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../renderer/api')>()),
  invoke: (...args: unknown[]) => invoke(...args),
}));
vi.mock('../../renderer/hooks/api-hooks', () => ({
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
const { WeeklyGrid } = await import('../../renderer/pages/weekly/entry/WeeklyGrid');

beforeAll(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
});
afterEach(() => {
  cleanup();
  invoke.mockReset();
});

const targets: WeeklyTargetWeek[] = [
  { kind: 'unit', id: 1, name: '办公室', unitName: '', items: [] },
  { kind: 'unit', id: 2, name: '综合计划科', unitName: '', items: [] },
];

/** The service, answering slowly and in order: each saveItems gets ids for new items. */
function slowService() {
  const sent: { target: number; items: { id?: number; text: string; figure: string }[] }[] = [];
  const pending: (() => void)[] = [];
  let nextId = 100;
  invoke.mockImplementation((_channel: string, input: { target: { id: number }; items: { id?: number; text: string; figure: string; unfinished: boolean }[] }) => {
    sent.push({ target: input.target.id, items: input.items.map((i) => ({ ...i })) });
    return new Promise((resolve) => {
      pending.push(() => resolve(input.items.map((i) => ({ id: i.id ?? nextId++, text: i.text, figure: null, unfinished: i.unfinished, carriedFrom: null, evidenceNote: '', evidenceFile: null, mark: null, markComment: '', markedBy: null }))));
    });
  });
  return { sent, answer: async () => { while (pending.length) await act(async () => pending.shift()!()); } };
}

describe('周晒录入 grid (ARCHITECTURE §6: no keystroke lost)', () => {
  it('saves every key in order with slow replies; a new item is created once and then updated by its id', async () => {
    const service = slowService();
    render(<App><WeeklyGrid year={2026} week={12} targets={targets} readOnly={false} flushRef={{ current: () => Promise.resolve() }} onSaved={() => {}} /></App>);
    const first = screen.getByRole('textbox', { name: '办公室第1条' });
    // a key, its request on the way; two more keys before the reply: one request waits behind it and
    // reads the cell when it runs, with the id the first reply gave
    fireEvent.change(first, { target: { value: '完' } });
    await waitFor(() => expect(service.sent).toHaveLength(1));
    fireEvent.change(first, { target: { value: '完成' } });
    fireEvent.change(first, { target: { value: '完成检查' } });
    expect((first as HTMLInputElement).value).toBe('完成检查');
    await service.answer();
    await waitFor(() => expect(service.sent).toHaveLength(2));
    await service.answer();
    expect(service.sent.map((s) => s.items)).toEqual([
      [{ text: '完', figure: '', unfinished: false }],
      [{ id: 100, text: '完成检查', figure: '', unfinished: false }],
    ]);
    // a figure that does not read yet is held back (the cell shows why), the text is saved
    fireEvent.change(screen.getByRole('textbox', { name: '办公室第1条数字' }), { target: { value: '很多' } });
    await waitFor(() => expect(service.sent).toHaveLength(3));
    await service.answer();
    expect(service.sent[2]!.items).toEqual([{ id: 100, text: '完成检查', figure: '', unfinished: false }]);
    // Enter goes to the new line below; the other unit's cell saves on its own
    fireEvent.keyDown(first, { key: 'Enter' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '办公室第2条' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: '办公室第2条' }), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '综合计划科第1条' }));
    fireEvent.change(screen.getByRole('textbox', { name: '综合计划科第1条' }), { target: { value: '组织学习' } });
    await waitFor(() => expect(service.sent).toHaveLength(4));
    await service.answer();
    expect(service.sent[3]).toEqual({ target: 2, items: [{ text: '组织学习', figure: '', unfinished: false }] });
    // Backspace on an emptied line between two items removes the line and goes up
    const org = screen.getByRole('textbox', { name: '综合计划科第1条' });
    fireEvent.keyDown(org, { key: 'Enter' });
    fireEvent.change(screen.getByRole('textbox', { name: '综合计划科第2条' }), { target: { value: '整改' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: '综合计划科第2条' }), { key: 'Enter' });
    fireEvent.change(screen.getByRole('textbox', { name: '综合计划科第3条' }), { target: { value: '督办' } });
    fireEvent.change(screen.getByRole('textbox', { name: '综合计划科第2条' }), { target: { value: '' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: '综合计划科第2条' }), { key: 'Backspace' });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: '综合计划科第1条' }));
    expect((screen.getByRole('textbox', { name: '综合计划科第2条' }) as HTMLInputElement).value).toBe('督办');
    // the last save holds the two lines left, the first by its id
    await waitFor(async () => {
      await service.answer();
      const last = service.sent.at(-1)!;
      expect(last.items.map((i) => i.text)).toEqual(['组织学习', '督办']);
      expect(last.items[0]!.id).toBeDefined();
    });
  });
});

describe('cell rows', () => {
  const row = (key: string, text: string, figure = ''): CellRow => ({ key, text, figure, unfinished: false });
  it('keep exactly one empty line at the end', () => {
    expect(withTrailingRow([row('a', 'x'), row('b', ''), row('c', '')]).map((r) => r.key)).toEqual(['a', 'b']);
    expect(withTrailingRow([row('a', 'x')])).toHaveLength(2);
  });
  it('send the lines with text, with the ids known; an emptied line forgets its id so its item is removed', () => {
    const ids = new Map([['a', 7], ['b', 8]]);
    expect(draftsOf([row('a', ' 检查 ', '完成率 95%'), row('b', ''), row('c', '新的', '3处5个')], ids)).toEqual({
      keys: ['a', 'c'],
      items: [{ id: 7, text: '检查', figure: '完成率 95%', unfinished: false }, { text: '新的', figure: '', unfinished: false }],
    });
    expect(ids.has('b')).toBe(false);
  });
});
