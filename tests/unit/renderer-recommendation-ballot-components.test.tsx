// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ticketFromRandom } from '../../shared/evaluation';
import { categoryByCode, categoryCodeComplete, qrPayload, ticketOf } from '../../renderer/components/ballot-ticket';
import { KioskFrame, useKioskRounds } from '../../renderer/components/KioskFrame';
import { MismatchCard, type SettleResult } from '../../renderer/components/MismatchCard';
import { PrintAddressProblem, ticketsInRange } from '../../renderer/components/PrintToolbar';
import { QueryWrapper, stubBrowserForAntd } from '../helpers/jsdom-antd';

/** The ballot pieces the 述职测评 and the 民主推荐 share (renderer/components): 票号, kiosk frame and rounds, print range, 录入不一致 card. */

beforeAll(stubBrowserForAntd);
afterEach(cleanup);

const ticket = ticketFromRandom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
const categories = [{ code: 'A', name: '领导班子成员' }, { code: 'B', name: '中层干部' }, { code: 'B1', name: '一般干部' }];

describe('票号 and 评委类别 fields', () => {
  it('reads the QR code\'s payload of this event, refuses another event\'s and a typo in the check character', () => {
    expect(ticketOf(qrPayload(7, ticket), 7)).toEqual({ ok: true, ticket });
    expect(ticketOf(qrPayload(8, ticket), 7)).toMatchObject({ ok: false, malformed: false });
    expect(ticketOf(`${ticket.slice(0, 7)}${ticket[7] === 'A' ? 'B' : 'A'}`, 7)).toMatchObject({ ok: false, malformed: true });
  });
  it('finds a category by its code, and knows when a code is complete (B is not, while B1 exists)', () => {
    expect(categoryByCode(categories, ' a ')?.name).toBe('领导班子成员');
    expect(categoryCodeComplete(categories, 'A')).toBe(true);
    expect(categoryCodeComplete(categories, 'B')).toBe(false);
    expect(categoryCodeComplete(categories, 'b1')).toBe(true);
  });
});

describe('a print view opened without what to print', () => {
  it('names what is missing and the page to open it from, and offers no 打印', () => {
    render(<PrintAddressProblem backTo="/conduct/weekly" missing="年度或周次" page="周晒成绩" />, { wrapper: QueryWrapper });
    expect(screen.getByText('打印地址不完整：缺少年度或周次，请从「周晒成绩」页面打开打印预览')).toBeTruthy();
    expect(screen.getByRole('button', { name: /打\s*印/ }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: /返\s*回/ })).toBeTruthy();
  });
});

describe('print range', () => {
  it('prints all tickets, or the 1-based range asked for', () => {
    const all = ['A', 'B', 'C', 'D'];
    expect(ticketsInRange(all, new URLSearchParams())).toEqual(all);
    expect(ticketsInRange(all, new URLSearchParams('from=2&to=3'))).toEqual(['B', 'C']);
    expect(ticketsInRange(all, new URLSearchParams('from=3&to=99'))).toEqual(['C', 'D']);
  });
});

describe('the kiosk', () => {
  it('says in browser mode that a tab is no locked terminal, and shows the 测试模式 banner of the round', () => {
    render(<KioskFrame title="现场推荐" noun="推荐" testBanner="测试模式：本轮推荐票仅用于演练，正式推荐前须清除" onExit={() => undefined}>票</KioskFrame>);
    expect(screen.getByTestId('kiosk-browser-note').textContent).toContain('浏览器模式下的现场推荐不是锁定的终端');
    expect(screen.getByTestId('test-banner').textContent).toContain('测试模式');
    expect(screen.getByRole('button', { name: /退出现场推荐/ })).toBeTruthy();
  });

  it('goes ballot → thanks → a fresh ballot for the next rater, dropping the last one\'s marks', () => {
    vi.useFakeTimers();
    const fresh = vi.fn();
    function Rounds() {
      const rounds = useKioskRounds(null, fresh);
      return (
        <div>
          <span data-testid="phase">{rounds.phase.kind}</span>
          <button onClick={() => rounds.choose('A')}>choose</button>
          <button onClick={rounds.done}>done</button>
        </div>
      );
    }
    render(<Rounds />);
    expect(screen.getByTestId('phase').textContent).toBe('category');
    fireEvent.click(screen.getByText('choose'));
    expect(screen.getByTestId('phase').textContent).toBe('ballot');
    fireEvent.click(screen.getByText('done'));
    expect(screen.getByTestId('phase').textContent).toBe('done');
    act(() => void vi.advanceTimersByTime(4_000));
    expect(screen.getByTestId('phase').textContent).toBe('category');
    expect(fresh).toHaveBeenCalledTimes(3);
    vi.useRealTimers();
  });
});

describe('录入不一致', () => {
  function Card(props: { onSettle: (category: string, clerk: string) => Promise<SettleResult>; clerk: string }) {
    const [category, setCategory] = useState<string | undefined>('A');
    return (
      <QueryWrapper>
        <MismatchCard
          mismatch={{ ticketNo: ticket, first: { category: 'A' }, second: { category: 'A' }, firstClerk: '张录入', secondClerk: '李复核' }}
          categories={categories}
          lines={[
            { key: 'P1', label: '科长', name: '', first: '张三', second: '李四', differs: true },
            { key: 'P2', label: '副科长', name: '', first: '王五', second: '王五', differs: false },
          ]}
          labelTitle="推荐职位"
          expanded
          onToggle={() => undefined}
          category={category}
          onCategory={setCategory}
          clerk={props.clerk}
          onSettle={props.onSettle}
        >
          <div>核定表</div>
        </MismatchCard>
      </QueryWrapper>
    );
  }

  it('shows both entries side by side, the differing line marked, without a 姓名 column nobody fills', () => {
    render(<Card clerk="王核对" onSettle={() => Promise.resolve({ counted: '已计票' })} />);
    expect(screen.getByText('1 行不一致')).toBeTruthy();
    expect(screen.getByText('第一遍（张录入）')).toBeTruthy();
    expect(screen.getByText('第二遍（李复核）')).toBeTruthy();
    expect(screen.queryByText('姓名')).toBeNull();
    expect(document.querySelectorAll('.row-differs')).toHaveLength(1);
    expect(document.querySelector('.row-differs')!.textContent).toContain('李四');
  });

  it('asks for the 核对人 first, then settles with the category and says what the feature refuses', async () => {
    const settle = vi.fn((_c: string, _k: string) => Promise.resolve<SettleResult>({ problem: '请对照纸质票核定标红的1行' }));
    const { rerender } = render(<Card clerk="" onSettle={settle} />);
    fireEvent.click(screen.getByRole('button', { name: '核定并计票' }));
    expect(await screen.findByText('请先在上方填写录入人（核对人）')).toBeTruthy();
    expect(settle).not.toHaveBeenCalled();
    rerender(<Card clerk=" 王核对 " onSettle={settle} />);
    fireEvent.click(screen.getByRole('button', { name: '核定并计票' }));
    expect(await screen.findByText('请对照纸质票核定标红的1行')).toBeTruthy();
    expect(settle).toHaveBeenCalledWith('A', '王核对');
  });
});
