import { SnippetsOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Typography } from 'antd';
import { memo, useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { AnnualYear, Participant } from '../../../../shared/annual/views';
import { useVirtualGrid } from '../../../components/use-virtual-grid';
import { LeaderPasteDialog } from './LeaderPasteDialog';
import { parseScoreText } from './record-paste';
import { useLeaderSave, type LeaderMark } from './record-leader-save';
import { leaderWeightText } from '../common/record-text';

const rowHeight = 36;
const template = '52px 96px minmax(150px, 1.3fr) minmax(120px, 1fr) 110px 120px minmax(160px, 1fr)';

/**
 * 领导评价: one score per participant, typed straight into the list (回车 or ↓ saves and goes to the
 * next person, ↑ to the one before, Esc undoes the typing); each score is saved on its own.
 */
export function LeaderScoresTab(props: { year: number; detail: AnnualYear; participants: readonly Participant[]; editable: boolean }) {
  const { year, detail, participants, editable } = props;
  const [text, setText] = useState('');
  const [groupId, setGroupId] = useState<number | null>(null);
  const [pasting, setPasting] = useState(false);
  const { save, marks, mark, clearFailed } = useLeaderSave(year);
  const groupNames = useMemo(() => new Map(detail.groups.map((g) => [g.id, g.name])), [detail.groups]);
  const rows = useMemo(() => {
    const t = text.trim();
    return participants.filter((p) => (groupId == null || p.groupId === groupId) && (!t || p.name.includes(t) || p.unitName.includes(t)));
  }, [participants, text, groupId]);
  const scored = participants.filter((p) => p.leaderScore !== null).length;

  const { scrollRef, virtualizer } = useVirtualGrid({ count: rows.length, rowHeight, overscan: 10 });
  const [focusRequest, setFocusRequest] = useState<{ row: number } | null>(null);

  // moving to a row that is not rendered yet: scroll to it, then focus its input once it exists
  useEffect(() => {
    if (!focusRequest) return undefined;
    const { row } = focusRequest;
    virtualizer.scrollToIndex(row, { align: 'auto' });
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      const input = scrollRef.current?.querySelector<HTMLInputElement>(`input[data-score-row="${row}"]`);
      if (input) {
        input.focus();
        input.select();
      } else if (tries++ < 10) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focusRequest, virtualizer, scrollRef]);

  const onMove = useCallback((from: number, delta: number) => {
    const to = from + delta;
    if (to >= 0 && to < rows.length) setFocusRequest({ row: to });
  }, [rows.length]);

  const onCommit = useCallback(
    (personId: number, current: number | null, typed: string): boolean => {
      const parsed = parseScoreText(typed);
      if ('problem' in parsed) {
        mark(personId, { state: 'failed', message: parsed.problem });
        return false;
      }
      if (parsed.score !== current) void save(personId, parsed.score);
      else clearFailed(personId);
      return true;
    },
    [save, mark, clearFailed],
  );

  return (
    <div className="records-tab leader-tab">
      <div className="records-toolbar">
        <Space wrap>
          <Input.Search aria-label="按姓名或单位查找" placeholder="姓名或单位" allowClear value={text} onChange={(e) => setText(e.target.value)} style={{ width: 180 }} />
          <Select<number>
            aria-label="考核分组"
            allowClear
            placeholder="全部考核分组"
            value={groupId ?? undefined}
            onChange={(v) => setGroupId(v ?? null)}
            options={detail.groups.map((g) => ({ value: g.id, label: g.name }))}
            style={{ width: 160 }}
          />
          <Typography.Text data-testid="leader-count">
            已评 <b>{scored}</b> 人，共 {participants.length} 人
          </Typography.Text>
        </Space>
        {editable && (
          <Button icon={<SnippetsOutlined />} onClick={() => setPasting(true)}>
            批量粘贴
          </Button>
        )}
      </div>
      <Typography.Text type="secondary" className="records-rule">
        {leaderWeightText(detail.rules)}
        {editable && '在“领导评价分”一栏直接输入分数，按回车保存并转到下一人；清空分数即删除。'}
      </Typography.Text>
      <div className="leader-grid" role="grid" aria-label="领导评价表" aria-rowcount={rows.length + 1}>
        <div className="lg-scroll" ref={scrollRef}>
          <div className="lg-head" role="row" style={{ gridTemplateColumns: template }}>
            <div className="lg-cell lg-no" role="columnheader">序号</div>
            <div className="lg-cell" role="columnheader">姓名</div>
            <div className="lg-cell" role="columnheader">单位</div>
            <div className="lg-cell" role="columnheader">职务</div>
            <div className="lg-cell" role="columnheader">考核分组</div>
            <div className="lg-cell lg-score" role="columnheader">领导评价分</div>
            <div className="lg-cell" role="columnheader">状态</div>
          </div>
          <div className="lg-body" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => {
              const p = rows[v.index]!;
              return (
                <LeaderRow
                  key={p.personId}
                  index={v.index}
                  top={v.start}
                  person={p}
                  groupName={groupNames.get(p.groupId) ?? ''}
                  mark={marks.get(p.personId)}
                  editable={editable}
                  onCommit={onCommit}
                  onMove={onMove}
                />
              );
            })}
          </div>
          {rows.length === 0 && <div className="lg-empty">没有符合条件的考核对象</div>}
        </div>
      </div>
      <LeaderPasteDialog year={year} open={pasting} onClose={() => setPasting(false)} participants={participants} />
    </div>
  );
}

const LeaderRow = memo(function LeaderRow(props: {
  index: number;
  top: number;
  person: Participant;
  groupName: string;
  mark: LeaderMark | undefined;
  editable: boolean;
  onCommit: (personId: number, current: number | null, typed: string) => boolean;
  onMove: (from: number, delta: number) => void;
}) {
  const { index, top, person, groupName, mark, editable, onCommit, onMove } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (person.leaderScore === null ? '' : String(person.leaderScore));

  const commit = (): boolean => {
    if (draft === null) return true;
    const ok = onCommit(person.personId, person.leaderScore, draft);
    if (ok) setDraft(null);
    return ok;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (commit()) onMove(index, e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.key === 'Escape') {
      setDraft(null);
    }
  };

  return (
    <div className="lg-row" role="row" aria-rowindex={index + 2} data-person={person.name} style={{ gridTemplateColumns: template, transform: `translateY(${top}px)` }}>
      <div className="lg-cell lg-no" role="gridcell">{index + 1}</div>
      <div className="lg-cell lg-name" role="gridcell" title={person.name}>{person.name}</div>
      <div className="lg-cell" role="gridcell" title={person.unitName}>{person.unitName}</div>
      <div className="lg-cell" role="gridcell" title={person.post}>{person.post}</div>
      <div className="lg-cell" role="gridcell" title={groupName}>{groupName}</div>
      <div className="lg-cell lg-score" role="gridcell">
        {editable ? (
          <Input
            size="small"
            aria-label={`${person.name}的领导评价分`}
            data-score-row={index}
            value={shown}
            status={mark?.state === 'failed' ? 'error' : undefined}
            inputMode="decimal"
            maxLength={6}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => commit()}
            onFocus={(e) => e.target.select()}
          />
        ) : (
          <span className="lg-score-text">{shown || '—'}</span>
        )}
      </div>
      <div className="lg-cell lg-mark" role="gridcell">
        {mark?.state === 'saving' && <span className="lg-saving">保存中…</span>}
        {mark?.state === 'saved' && <span className="lg-saved">已保存</span>}
        {mark?.state === 'failed' && (
          <span className="lg-failed" title={mark.message}>
            {mark.message}
          </span>
        )}
      </div>
    </div>
  );
});
