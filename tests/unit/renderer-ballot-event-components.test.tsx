// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RaterCategory } from '../../shared/evaluation';
import { QueryWrapper, stubBrowserForAntd } from '../helpers/jsdom-antd';

// every channel goes through api.ts `invoke`: answered here per test
const invoke = vi.fn();
vi.mock('../../renderer/api', async (original) => ({ ...(await original<typeof import('../../renderer/api')>()), invoke: (...args: unknown[]) => invoke(...args) }));
const labels = await import('../../renderer/components/ballot-event-labels');
const { BallotStatusControls } = await import('../../renderer/components/BallotStatusControls');
const { BallotEventHeader } = await import('../../renderer/components/BallotEventHeader');
const { QuorumEditor } = await import('../../renderer/components/QuorumEditor');
const { SetupRow } = await import('../../renderer/components/SetupRow');
const { RaterCategoriesEditor, freshCategoryCode, withNewCategory } = await import('../../renderer/components/RaterCategoriesEditor');
const { AttendanceEditor, attendanceToSave } = await import('../../renderer/components/AttendanceEditor');
const { EventBasicsForm, basicsProblems } = await import('../../renderer/components/EventBasicsForm');
const { BallotSetupPanel, dirtyLabel, useSettingsDraft } = await import('../../renderer/components/BallotSetupPanel');
const { IssueTicketsPanel, plannedTickets } = await import('../../renderer/components/IssueTicketsPanel');
const { BallotEventList, listYears } = await import('../../renderer/components/BallotEventList');
const { PaperEntryPanel, acceptsBallots } = await import('../../renderer/components/PaperEntryPanel');
const { KioskBallotHead, KioskSubmitBar } = await import('../../renderer/components/KioskFrame');

beforeAll(stubBrowserForAntd);
afterEach(() => {
  cleanup();
  invoke.mockReset();
  window.location.hash = '';
});

/** invoke answers by channel; anything unlisted gets an empty list. */
function answer(replies: Record<string, unknown>) {
  invoke.mockImplementation((channel: string) => Promise.resolve(channel in replies ? replies[channel] : []));
}

const cats: RaterCategory[] = [
  { code: 'A', name: '领导班子成员', weight: 40, expected: 5, issued: 5 },
  { code: 'B', name: '中层干部', weight: 60, expected: 10, issued: 12 },
];

describe('ballot-event-labels', () => {
  it('names the status, banner and lock notice in the kind’s noun', () => {
    expect(labels.ballotStatusLabels('测评').live).toBe('正式测评中');
    expect(labels.ballotStatusLabels('推荐')).toEqual({ setup: '筹备中', test: '测试中', live: '正式推荐中', closed: '已结束' });
    expect(labels.testModeBannerFor('推荐')).toBe('测试模式：本轮推荐票仅用于演练，正式推荐前须清除');
    expect(labels.lockedNoticeFor('测评')).toBe('已有正式测评票，设置已锁定');
    expect(labels.yearLabel(2026)).toBe('2026年度');
    expect(labels.rateOrDash(null)).toBe('—');
  });

  it('reads and writes the 到会要求 fraction', () => {
    expect(labels.quorumChoices.map((c) => c.label)).toEqual(['二分之一', '三分之二', '四分之三', '五分之四']);
    expect(labels.quorumValue({ numerator: 2, denominator: 3 })).toBe('2/3');
    expect(labels.quorumOf('3/4')).toEqual({ numerator: 3, denominator: 4 });
    expect(labels.quorumText({ numerator: 2, denominator: 3, inclusive: false })).toBe('超过应到人数的三分之二');
    expect(labels.quorumText({ numerator: 1, denominator: 2, inclusive: true })).toBe('不少于应到人数的二分之一');
  });
});

describe('the helpers of the shared pages', () => {
  it('adds a 评委类别 with a letter not in use', () => {
    expect(freshCategoryCode(['A', 'B', 'C'])).toBe('D');
    expect(freshCategoryCode(['A', 'C'])).toBe('B');
    expect(withNewCategory(cats)[2]).toEqual({ code: 'C', name: '', weight: 0, expected: 0, issued: 0 });
  });

  it('lists the years, the problems of 基本信息, the 实到 to save, the tickets to issue and whether ballots are taken', () => {
    expect(listYears([{ year: 2024 }, { year: 2026 }, { year: 2024 }], 2025)).toEqual([2026, 2025, 2024]);
    expect(basicsProblems({ name: ' ', date: '2026-01-01', unitTitle: '' }, '测评名称')).toEqual(['请填写单位名称', '请填写测评名称']);
    expect(basicsProblems({ name: '甲', date: '2026-01-01', unitTitle: '乙' }, '名称')).toEqual([]);
    expect(attendanceToSave({ A: 5, B: null })).toEqual({ A: 5 });
    const tickets = (issued: number) => ({ id: 1, status: 'setup', ticketsIssued: issued, config: { categories: cats } });
    expect(plannedTickets(tickets(0))).toEqual({ planned: 17, firstCount: 17 });
    expect(plannedTickets(tickets(10))).toEqual({ planned: 17, firstCount: 7 });
    expect(plannedTickets(tickets(20))).toEqual({ planned: 17, firstCount: 17 });
    expect(acceptsBallots('test', false)).toBe(true);
    expect(acceptsBallots('live', true)).toBe(false);
    expect(acceptsBallots('setup', false)).toBe(false);
    expect(dirtyLabel(true, '评委类别')).toBe('评委类别 *');
  });
});

const statusEvent = (status: 'setup' | 'test' | 'live' | 'closed', testBallots = 0) => ({ id: 7, year: 2026, status, testBallots, closedAt: status === 'closed' ? '2026-12-20T08:00:00Z' : null });
const recWords = { noun: '推荐', thisEvent: '本次推荐', settings: '推荐职位、候选人、评委类别和计票规则' };

describe('BallotStatusControls', () => {
  it('offers 测试模式, 清除测试票 and 开始正式推荐 before live, and goes live through the kind’s channels', async () => {
    answer({});
    render(<BallotStatusControls kind="recommendation" event={statusEvent('test', 3)} words={recWords} />, { wrapper: QueryWrapper });
    expect(screen.getByRole('switch', { name: '测试模式' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '清除测试票（3 张）' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '按现行规则重新校验测试票' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '开始正式推荐' }));
    expect(await screen.findByText('本次推荐还有 3 张测试票，开始正式推荐前将先清除这些测试票。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '清除测试票并开始' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('recommendation.setStatus', { id: 7, status: 'live' }));
    expect(invoke).toHaveBeenCalledWith('recommendation.wipeTestBallots', { id: 7 });
  });

  it('offers 重新校验 where the kind has it, 结束测评 when live, and says when it was closed', async () => {
    answer({});
    const words = { noun: '测评', thisEvent: '本测评', settings: '测评对象' };
    const { rerender } = render(<BallotStatusControls kind="evaluation" event={statusEvent('setup', 2)} words={words} revalidate />, { wrapper: QueryWrapper });
    expect(screen.getByRole('button', { name: '按现行规则重新校验测试票' })).toBeTruthy();
    rerender(<BallotStatusControls kind="evaluation" event={statusEvent('live')} words={words} revalidate />);
    fireEvent.click(screen.getByRole('button', { name: '结束测评' }));
    expect(await screen.findByText('结束后不再接收测评票，测评结果即固定，不能再修改。确定结束吗？')).toBeTruthy();
    rerender(<BallotStatusControls kind="evaluation" event={statusEvent('closed')} words={words} />);
    expect(screen.getByText(/结束，结果已固定/)).toBeTruthy();
  });
});

describe('BallotEventHeader', () => {
  it('shows the name, status, summary and the pages, and goes to the page chosen', async () => {
    answer({});
    const event = { ...statusEvent('test'), name: '2026年度评选表优', date: '2026-12-20', config: { categories: cats } };
    render(
      <BallotEventHeader
        kind="recommendation"
        event={event}
        page="setup"
        pages={[
          { value: 'setup', label: '推荐设置' },
          { value: 'results', label: '推荐结果' },
        ]}
        hrefOf={(p, id) => `/recommendation/${p}?id=${id}`}
        back={{ href: '/recommendation', label: '返回推荐列表' }}
        summary="推荐票"
        words={recWords}
        ballot="推荐票"
        kioskPath="/recommendation/kiosk"
      />,
      { wrapper: QueryWrapper },
    );
    expect(screen.getByTestId('event-status').textContent).toBe('测试中');
    expect(screen.getByTestId('test-banner').textContent).toContain('本轮推荐票仅用于演练');
    expect(screen.getByText('2026年度 · 2026-12-20 · 推荐票')).toBeTruthy();
    expect(screen.getByRole('button', { name: /现场推荐/ })).toBeTruthy();
    fireEvent.click(screen.getByText('推荐结果'));
    await waitFor(() => expect(window.location.hash).toBe('#/recommendation/results?id=7'));
  });
});

describe('the settings pieces', () => {
  it('SetupRow and QuorumEditor: the 到会要求 in the feature’s words', () => {
    const onChange = vi.fn();
    render(
      <QueryWrapper>
        <SetupRow label="本人测评" note="说明">
          <span>内容</span>
        </SetupRow>
        <QuorumEditor quorum={{ numerator: 2, denominator: 3, inclusive: true }} onChange={onChange} readOnly={false} note="不足时提示" inclusiveLabel="达到（≥）" widths={[140, 150]} />
      </QueryWrapper>,
    );
    expect(screen.getByText('本人测评').className).toBe('setup-label');
    expect(screen.getByText('说明').className).toBe('setup-note');
    expect(screen.getByText('达到（≥）')).toBeTruthy();
    expect(screen.getByText('三分之二')).toBeTruthy();
    expect(screen.getByText('不足时提示')).toBeTruthy();
  });

  it('RaterCategoriesEditor: edits a row, adds one, totals the weight and says 不加权 when off', () => {
    function Editor(props: { weighted?: boolean; dense?: boolean }) {
      const [list, setList] = useState(cats);
      return (
        <QueryWrapper>
          <RaterCategoriesEditor categories={list} onChange={setList} readOnly={false} intro="说明" weighted={props.weighted} dense={props.dense} />
        </QueryWrapper>
      );
    }
    const { unmount } = render(<Editor />);
    expect(screen.getByTestId('category-weight-total').textContent).toBe('100%');
    fireEvent.change(screen.getByLabelText('中层干部权重'), { target: { value: '50' } });
    expect(screen.getByTestId('category-weight-total').textContent).toBe('90%');
    fireEvent.click(screen.getByRole('button', { name: /添加评委类别/ }));
    expect((screen.getByLabelText('第3个评委类别代码') as HTMLInputElement).value).toBe('C');
    const headers = [...document.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers.indexOf('权重（%）')).toBeLessThan(headers.indexOf('应到人数'));
    unmount();
    render(<Editor weighted={false} dense />);
    expect(screen.getByText('不加权')).toBeTruthy();
    expect(screen.getByLabelText('中层干部权重').hasAttribute('disabled')).toBe(true);
    const dense = [...document.querySelectorAll('th')].map((th) => th.textContent);
    expect(dense.indexOf('权重（%）')).toBeGreaterThan(dense.indexOf('发出票数'));
  });

  it('AttendanceEditor: saves the 实到 typed through the kind’s channel, and warns above 应到', async () => {
    answer({});
    const event = { id: 7, year: 2030, status: 'test' as const, attendance: { A: 4 }, config: { categories: cats } };
    render(<AttendanceEditor kind="recommendation" event={event} intro="推荐当天填写" numberWidth={110} />, { wrapper: QueryWrapper });
    fireEvent.change(screen.getByLabelText('中层干部实到人数'), { target: { value: '11' } });
    expect(await screen.findByText('中层干部的实到人数多于应到人数，请核对')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存实到人数' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('recommendation.setAttendance', { id: 7, attendance: { A: 4, B: 11 } }));
  });

  it('EventBasicsForm: the kind’s labels, then what it adds', () => {
    const onChange = vi.fn();
    render(
      <QueryWrapper>
        <EventBasicsForm
          year={2026}
          draft={{ name: '测评', date: '2026-12-20', unitTitle: '某单位' }}
          onChange={onChange}
          readOnly={false}
          labels={{ name: '测评名称', year: '考核年度', date: '测评日期' }}
          labelWidth={150}
          maxWidth={760}
          more={[{ key: 'x', label: '测评方案', children: '公务员' }]}
        />
      </QueryWrapper>,
    );
    expect(screen.getByText('2026年度')).toBeTruthy();
    expect(screen.getByText('公务员')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('测评名称'), { target: { value: '新名' } });
    expect(onChange).toHaveBeenCalledWith({ name: '新名', date: '2026-12-20', unitTitle: '某单位' });
  });

  it('BallotSetupPanel: 保存设置 lists the problems instead of saving, and saves once there are none', () => {
    const save = vi.fn();
    function Panel(props: { problems: string[] }) {
      const settings = useSettingsDraft(saved);
      return (
        <BallotSetupPanel
          settings={settings}
          notice={null}
          tab="basics"
          onTab={() => undefined}
          saveBar
          check={() => props.problems}
          save={save}
          saving={false}
          items={[{ key: 'basics', label: dirtyLabel(settings.dirty, '基本信息'), children: <button onClick={() => settings.setDraft({ name: '乙' })}>改名</button> }]}
        />
      );
    }
    const saved = { name: '甲' };
    const { rerender } = render(<Panel problems={['请填写名称']} />, { wrapper: QueryWrapper });
    expect(screen.getByRole('button', { name: '保存设置' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByText('改名'));
    expect(screen.getByText('有修改尚未保存')).toBeTruthy();
    expect(screen.getByText('基本信息 *')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(screen.getByTestId('settings-problems').textContent).toContain('请填写名称');
    expect(save).not.toHaveBeenCalled();
    rerender(<Panel problems={[]} />);
    fireEvent.click(screen.getByRole('button', { name: '保存设置' }));
    expect(save).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: '撤销修改' }));
    expect(screen.queryByText('有修改尚未保存')).toBeNull();
  });
});

describe('IssueTicketsPanel', () => {
  it('shows the plan and the issued count and draws 票号 through the kind’s channel', async () => {
    answer({ 'evaluation.issueTickets': { tickets: ['A1', 'B2'] } });
    render(
      <IssueTicketsPanel kind="evaluation" event={{ id: 7, status: 'test', ticketsIssued: 5, config: { categories: cats } }} ballot="测评票" title={{ label: '测评票标题', text: '某单位测评票' }} facts={[]}>
        <span>打印</span>
      </IssueTicketsPanel>,
      { wrapper: QueryWrapper },
    );
    expect(screen.getByText('17 张（各评委类别发出票数合计）')).toBeTruthy();
    expect(screen.getByTestId('tickets-issued').textContent).toBe('5');
    fireEvent.click(screen.getByRole('button', { name: '生成票号' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('evaluation.issueTickets', { id: 7, count: 12 }));
  });
});

describe('BallotEventList', () => {
  it('lists the kind’s events with the year filter and asks before deleting', async () => {
    const rows = [{ id: 3, name: '2026年度评选表优', year: 2026, testBallots: 2 }];
    answer({ 'annual.years': [], 'recommendation.list': rows });
    const { useRecommendationList } = await import('../../renderer/hooks/recommendation-hooks');
    render(
      <BallotEventList
        kind="recommendation"
        title="民主推荐与评选表优"
        noun="推荐"
        className="recommendation-list"
        useList={useRecommendationList as never}
        columns={(_locked, confirmDelete) => [
          { title: '名称', dataIndex: 'name' },
          { title: '操作', key: 'x', render: (_v, e) => <button onClick={() => confirmDelete(e)}>删除</button> },
        ]}
        emptyText="还没有"
        dialog={(open) => (open ? <div>新建对话框</div> : null)}
      />,
      { wrapper: QueryWrapper },
    );
    expect(await screen.findByText('共 1 次推荐')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    expect(await screen.findByText('将一并删除 2 张测试票。删除后不能恢复，确定删除吗？')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /新建推荐/ }));
    expect(screen.getByText('新建对话框')).toBeTruthy();
  });
});

describe('PaperEntryPanel and the kiosk pieces', () => {
  it('says why nothing is taken before 测试模式, and hands the form whether ballots are taken', () => {
    answer({});
    const entry = vi.fn(() => <div>录入表</div>);
    render(
      <PaperEntryPanel
        event={{ id: 7, year: 2030, status: 'setup', testBallots: 0, liveBallots: 0 }}
        noun="推荐"
        ballot="赞成票"
        statusLabel="筹备中"
        entry={entry}
        mismatches={() => null}
        mismatchCount={0}
      />,
      { wrapper: QueryWrapper },
    );
    expect(screen.getByText('本推荐目前筹备中，不接收赞成票')).toBeTruthy();
    expect(screen.getByText('请先打开“测试模式”演练，或“开始正式推荐”后再录入。')).toBeTruthy();
    expect(entry).toHaveBeenCalledWith(expect.anything(), false);
  });

  it('KioskBallotHead and KioskSubmitBar: 重新选择 only when the session lets the rater choose', () => {
    const submit = vi.fn();
    const { rerender } = render(
      <QueryWrapper>
        <KioskBallotHead categoryName="中层干部" onRechoose={null} hint="提示" />
        <KioskSubmitBar refused="票号已用" submitting={false} ballot="推荐票" onSubmit={submit} />
      </QueryWrapper>,
    );
    expect(screen.queryByRole('button', { name: '重新选择' })).toBeNull();
    expect(screen.getByText('票号已用')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '提交推荐票' }));
    expect(submit).toHaveBeenCalled();
    rerender(
      <QueryWrapper>
        <KioskBallotHead categoryName="中层干部" onRechoose={() => undefined} hint="提示" />
      </QueryWrapper>,
    );
    expect(within(document.querySelector('.kiosk-ballot-head')!).getByRole('button', { name: '重新选择' })).toBeTruthy();
  });
});
