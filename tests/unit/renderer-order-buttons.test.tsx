// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { moveEntry, OrderButtons, type OrderButtonsProps } from '../../renderer/components/OrderButtons';
import { stubBrowserForAntd } from '../helpers/jsdom-antd';

beforeAll(stubBrowserForAntd);
afterEach(cleanup);

/** A list of names, each row with its buttons, named so the tests can reach one row's buttons. */
function List(props: { start: string[] } & Omit<OrderButtonsProps<string>, 'list' | 'index' | 'onChange' | 'name'> & { keep?: string }) {
  const { start, keep, ...rest } = props;
  const [list, setList] = useState(start);
  return (
    <ol>
      {list.map((n, i) => (
        <li key={n} data-testid="row">
          {n}
          <OrderButtons list={list} index={i} onChange={setList} name={n} keepReason={n === keep ? '还有人员，不能删除' : null} {...rest} />
        </li>
      ))}
    </ol>
  );
}
const order = () => screen.getAllByTestId('row').map((r) => r.textContent);
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('moveEntry', () => {
  it('moves one entry up or down, and nowhere past the ends', () => {
    const list = ['甲', '乙', '丙'];
    expect(moveEntry(list, 2, -1)).toEqual(['甲', '丙', '乙']);
    expect(moveEntry(list, 0, 1)).toEqual(['乙', '甲', '丙']);
    expect(moveEntry(list, 0, -1)).toEqual(list);
    expect(moveEntry(list, 2, 1)).toEqual(list);
    expect(list).toEqual(['甲', '乙', '丙']);
  });
});

describe('OrderButtons', () => {
  it('moves rows up and down, the first cannot go up nor the last down', () => {
    render(<List start={['甲', '乙', '丙']} />);
    expect(button('上移甲').disabled).toBe(true);
    expect(button('下移丙').disabled).toBe(true);
    fireEvent.click(button('下移甲'));
    expect(order()).toEqual(['乙', '甲', '丙']);
    fireEvent.click(button('上移丙'));
    expect(order()).toEqual(['乙', '丙', '甲']);
  });

  it('removes a row, keeps the last one, and keeps a row that has a reason to stay', () => {
    render(<List start={['甲', '乙', '丙']} keep="乙" />);
    expect(button('删除乙').disabled).toBe(true);
    expect(button('删除乙').title).toBe('还有人员，不能删除');
    fireEvent.click(button('删除甲'));
    expect(order()).toEqual(['乙', '丙']);
    fireEvent.click(button('删除丙'));
    expect(order()).toEqual(['乙']);
    expect(button('删除乙').disabled).toBe(true);
  });

  it('keeps minLength rows, says 移除 where asked, and does nothing when disabled', () => {
    const { unmount } = render(<List start={['甲', '乙', '丙']} minLength={2} removeWord="移除" />);
    fireEvent.click(button('移除甲'));
    expect(order()).toEqual(['乙', '丙']);
    expect(button('移除乙').disabled).toBe(true);
    unmount();
    render(<List start={['甲', '乙']} minLength={0} disabled />);
    expect([button('下移甲'), button('上移乙'), button('删除甲')].every((b) => b.disabled)).toBe(true);
  });

  it('lets the last row go when minLength is 0', () => {
    render(<List start={['甲']} minLength={0} />);
    fireEvent.click(button('删除甲'));
    expect(screen.queryAllByTestId('row')).toEqual([]);
  });
});
