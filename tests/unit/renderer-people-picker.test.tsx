// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PeopleQuery } from '../../shared/contract/people';
import type { Person, Unit } from '../../shared/domain';
import { QueryWrapper, stubBrowserForAntd } from '../helpers/jsdom-antd';

// every channel goes through api.ts `invoke`: answer 'people.search' from the roster below, as the service filters it
const invoke = vi.fn();
vi.mock('../../renderer/api', async (original) => ({ ...(await original<typeof import('../../renderer/api')>()), invoke: (...args: unknown[]) => invoke(...args) }));
const { PeoplePicker } = await import('../../renderer/components/PeoplePicker');

beforeAll(stubBrowserForAntd);
afterEach(() => {
  cleanup();
  invoke.mockReset();
});

const units: Unit[] = [
  { id: 1, name: '办公室', parentId: null, sortOrder: 1, peopleCount: 2 },
  { id: 2, name: '保障中心', parentId: null, sortOrder: 2, peopleCount: 1 },
];
const person = (id: number, name: string, unitId: number, isLeader = false): Person => ({
  id, name, unitId, isLeader, unitName: units.find((u) => u.id === unitId)!.name, gender: null, birth: null, idNumber: null, staffNo: null, political: null,
  post: isLeader ? '主任' : '科员', rank: null, postSince: null, category: '公务员', hireDate: null, probationEnd: null, note: null, status: '在职', statusDate: null,
  ethnicity: null, nativePlace: null, education: null, workStart: null, partySince: null,
});
const roster = [person(1, '张主任', 1, true), person(2, '李科员', 1), person(3, '王科员', 2)];
const queries: PeopleQuery[] = [];

function answer() {
  invoke.mockImplementation((channel: string, query: PeopleQuery) => {
    if (channel !== 'people.search') return Promise.resolve([]);
    queries.push(query);
    const rows = roster.filter((p) => (query.unitId === undefined || p.unitId === query.unitId) && (query.isLeader === undefined || p.isLeader === query.isLeader) && (!query.text || p.name.includes(query.text)));
    return Promise.resolve({ rows, total: rows.length });
  });
}


/** The picker as a page holds it: the selection is the page's; `taken` are already in its list. */
function Page(props: { taken: number[]; unitFilter: 'tree' | 'select'; hide?: boolean }) {
  const [selected, setSelected] = useState<Person[]>([]);
  return (
    <>
      <PeoplePicker
        units={units}
        unitFilter={props.unitFilter}
        selected={selected}
        onSelect={setSelected}
        taken={new Set(props.taken)}
        takenLabel="已加入"
        selectAllLabel={(n) => `全选未加入（${n}）`}
        leaderFilter
        hideTakenWord={props.hide ? '加入' : undefined}
        searchPlaceholder="姓名/职务"
        height={300}
        emptyText={{ hidden: '没有尚未加入的人员', all: '没有符合条件的人员' }}
      />
      <output data-testid="picked">{selected.map((p) => p.name).join('、')}</output>
    </>
  );
}
const picked = () => screen.getByTestId('picked').textContent;
const rowNames = () => [...document.querySelectorAll('.ant-table-row')].map((r) => r.querySelectorAll('.ant-table-cell')[1]?.textContent);

describe('PeoplePicker', () => {
  it('marks the taken people, keeps them from being picked, and selects all the others at once', async () => {
    answer();
    render(<Page taken={[1]} unitFilter="select" />, { wrapper: QueryWrapper });
    await waitFor(() => expect(rowNames()).toEqual(['张主任', '李科员', '王科员']));
    expect(screen.getByText('已加入')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: '选择张主任' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '全选未加入（2）' }));
    expect(picked()).toBe('李科员、王科员');
    fireEvent.click(screen.getByRole('button', { name: '取消选择' }));
    expect(picked()).toBe('');
  });

  it('keeps what was picked in one unit while another unit is shown', async () => {
    answer();
    render(<Page taken={[]} unitFilter="tree" />, { wrapper: QueryWrapper });
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    fireEvent.click(screen.getByText('保障中心（1）'));
    await waitFor(() => expect(rowNames()).toEqual(['王科员']));
    expect(queries.at(-1)).toMatchObject({ unitId: 2, includeSubunits: true });
    fireEvent.click(screen.getByRole('checkbox', { name: '选择王科员' }));
    fireEvent.click(screen.getByText('办公室（2）'));
    await waitFor(() => expect(rowNames()).toEqual(['张主任', '李科员']));
    fireEvent.click(screen.getByRole('checkbox', { name: '选择李科员' }));
    expect(picked()).toBe('王科员、李科员');
  });

  it('filters by 班子成员 and by the typed name', async () => {
    answer();
    render(<Page taken={[]} unitFilter="select" />, { wrapper: QueryWrapper });
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    fireEvent.change(screen.getByRole('searchbox', { name: '查找人员' }), { target: { value: ' 王 ' } });
    await waitFor(() => expect(rowNames()).toEqual(['王科员']));
    expect(queries.at(-1)).toMatchObject({ text: '王' });
    fireEvent.change(screen.getByRole('searchbox', { name: '查找人员' }), { target: { value: '' } });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '班子成员' }));
    fireEvent.click([...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent === '班子成员：是')!);
    await waitFor(() => expect(rowNames()).toEqual(['张主任']));
    expect(queries.at(-1)).toMatchObject({ isLeader: true });
  });

  it('hides the taken people until asked, and says how many there are', async () => {
    answer();
    render(<Page taken={[1, 2]} unitFilter="select" hide />, { wrapper: QueryWrapper });
    await waitFor(() => expect(rowNames()).toEqual(['王科员']));
    const toggle = screen.getByRole('checkbox', { name: '只显示未加入的人员（已加入2人）' });
    fireEvent.click(toggle);
    await waitFor(() => expect(rowNames()).toEqual(['张主任', '李科员', '王科员']));
  });
});
