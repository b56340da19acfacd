// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pageRowsFor, useVirtualGrid } from '../../renderer/components/use-virtual-grid';
import { stubBrowserForAntd } from '../helpers/jsdom-antd';

beforeAll(stubBrowserForAntd);
afterEach(cleanup);

describe('pageRowsFor', () => {
  it('moves by the rows in view below the header, less one kept in view', () => {
    expect(pageRowsFor(340, 34)).toBe(9);
    expect(pageRowsFor(340 + 58, 34, 58)).toBe(9);
    expect(pageRowsFor(700, 40)).toBe(16);
  });
  it('moves at least one row, and assumes 340 px before the box is laid out', () => {
    expect(pageRowsFor(30, 34)).toBe(1);
    expect(pageRowsFor(undefined, 34)).toBe(9);
  });
});

describe('useVirtualGrid', () => {
  it('reads the page size from the scroll box it is given', () => {
    let pageRows = () => 0;
    function Grid() {
      const grid = useVirtualGrid({ count: 100, rowHeight: 34, activeRow: 0, headHeight: 40 });
      pageRows = grid.pageRows;
      return <div ref={grid.scrollRef} data-testid="box" />;
    }
    const { getByTestId } = render(<Grid />);
    expect(pageRows()).toBe(pageRowsFor(0, 34, 40));
    Object.defineProperty(getByTestId('box'), 'clientHeight', { value: 40 + 34 * 12 });
    expect(pageRows()).toBe(11);
  });
});
