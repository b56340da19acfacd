// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/annual/views';
import { ParticipantSelect } from '../../renderer/components/ParticipantSelect';
import { stubBrowserForAntd } from '../helpers/jsdom-antd';

beforeAll(stubBrowserForAntd);
afterEach(cleanup);

const participant = (personId: number, name: string, unitName: string, post: string) =>
  ({ personId, name, unitName, post, gender: null, unitId: 1, rank: '', category: '公务员', isLeader: false, groupId: 1, vocabulary: 'civil', undetermined: null, leaderScore: null }) as unknown as Participant;
const participants = [participant(1, '张三', '办公室', '科员'), participant(2, '李四', '保障中心', ''), participant(3, '王五', '办公室', '主任')];

const options = () => [...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent);
const type = (label: string, text: string) => {
  const box = screen.getByRole('combobox', { name: label });
  fireEvent.mouseDown(box);
  fireEvent.change(box, { target: { value: text } });
};
const choose = (text: string) => fireEvent.click([...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent === text)!);

function One() {
  const [value, setValue] = useState<number | undefined>();
  return (
    <>
      <ParticipantSelect participants={participants} value={value} onChange={setValue} ariaLabel="考核对象" placeholder="输入姓名或单位查找" notFound="本年度考核对象中没有找到" />
      <output data-testid="value">{String(value)}</output>
    </>
  );
}
function Several() {
  const [value, setValue] = useState<number[]>([]);
  return (
    <>
      <ParticipantSelect multiple participants={participants} value={value} onChange={setValue} ariaLabel="指定人员" placeholder="输入姓名或单位查找参加考核人员" notFound="本年度参加考核人员中没有找到" />
      <output data-testid="value">{value.join(',')}</output>
    </>
  );
}

describe('ParticipantSelect', () => {
  it('names each participant with unit and post, finds them by unit, and picks one', () => {
    render(<One />);
    type('考核对象', '办公室');
    expect(options()).toEqual(['张三（办公室·科员）', '王五（办公室·主任）']);
    choose('王五（办公室·主任）');
    expect(screen.getByTestId('value').textContent).toBe('3');
  });

  it('says so when nobody matches', () => {
    render(<One />);
    type('考核对象', '赵六');
    expect(options()).toEqual([]);
    expect(screen.getByText('本年度考核对象中没有找到')).toBeTruthy();
  });

  it('picks several, one after another, by name or post', () => {
    render(<Several />);
    type('指定人员', '李四');
    expect(options()).toEqual(['李四（保障中心）']);
    choose('李四（保障中心）');
    type('指定人员', '主任');
    choose('王五（办公室·主任）');
    expect(screen.getByTestId('value').textContent).toBe('2,3');
  });
});
