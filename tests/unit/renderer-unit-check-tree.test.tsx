// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../shared/domain';
import { UnitCheckTree } from '../../renderer/components/UnitCheckTree';
import { stubBrowserForAntd } from '../helpers/jsdom-antd';

beforeAll(stubBrowserForAntd);
afterEach(cleanup);

const unit = (id: number, name: string, parentId: number | null, sortOrder = id): Unit => ({ id, name, parentId, sortOrder, peopleCount: 0 });
const units = [unit(1, '国防动员办公室', null), unit(2, '办公室', 1), unit(3, '规划科', 1), unit(4, '档案室', 2)];

let chosen: number[] = [];
function Picker(props: { start: number[] }) {
  const [value, setValue] = useState(props.start);
  return (
    <UnitCheckTree
      units={units}
      value={value}
      onChange={(ids) => {
        chosen = ids;
        setValue(ids);
      }}
    />
  );
}

const box = (name: string) => screen.getByText(name).closest('.ant-tree-treenode')!.querySelector('.ant-tree-checkbox')!;

describe('UnitCheckTree (参晒单位, 通报单位)', () => {
  it('shows the tree expanded with the chosen units checked, and checks each unit on its own', () => {
    render(<Picker start={[3]} />);
    expect(screen.getByText('档案室')).toBeTruthy();
    expect(box('规划科').classList.contains('ant-tree-checkbox-checked')).toBe(true);
    fireEvent.click(box('办公室'));
    // checking 办公室 leaves its 档案室 as it was
    expect(new Set(chosen)).toEqual(new Set([3, 2]));
    expect(box('档案室').classList.contains('ant-tree-checkbox-checked')).toBe(false);
    fireEvent.click(box('规划科'));
    expect(chosen).toEqual([2]);
  });
});
