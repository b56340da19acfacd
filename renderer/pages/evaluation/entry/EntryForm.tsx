import { Alert, Button, Input, Space, Typography, type InputRef } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { levelForKey } from '../../../../shared/evaluation/level-keys';
import { isWellFormedTicket, normalizeTicket } from '../../../../shared/evaluation/ticket-number';
import { invoke } from '../../../api';
import { errorText } from '../../../hooks/api-hooks';
import { createSaveQueue } from '../../../hooks/save-queue';
import { targetPost } from '../evaluation-labels';
import { parseScannedTicket } from '../ticket-payload';
import { entryNotice, type EntryNotice } from './entry-outcome';

interface RowEntry {
  /** the digit typed ('' = not yet) */
  key: string;
  scores: Record<string, string>;
}

/** What a score box keeps: digits and a point; full-width ones (a Chinese IME left on) become ASCII. */
const scoreText = (typed: string) =>
  typed
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/．/g, '.')
    .replace(/[^\d.]/g, '');

const emptyRows = (n: number): RowEntry[] => Array.from({ length: n }, () => ({ key: '', scores: {} }));

/**
 * The keyboard-only entry of one paper ballot: 票号 (typed or scanned) + Enter, the category key,
 * then a digit per 测评对象 (jumps to the next) and/or scores with Tab; Enter saves and the form
 * starts again at 票号. Esc clears.
 */
export function EntryForm(props: { event: EvaluationEvent; clerk: string; doubleEntry: boolean; onSaved: () => void; onNeedClerk: () => void }) {
  const { event, clerk, doubleEntry, onSaved, onNeedClerk } = props;
  const { config } = event;
  const queryClient = useQueryClient();
  const targets = [...event.targetList].sort((a, b) => a.sortOrder - b.sortOrder);
  const showLevels = config.form !== 'score';
  const showScores = config.form !== 'level';
  const [ticket, setTicket] = useState('');
  const [category, setCategory] = useState('');
  const [rows, setRows] = useState<RowEntry[]>(() => emptyRows(targets.length));
  const [notice, setNotice] = useState<EntryNotice | null>(null);
  /** ballots sent and not answered yet */
  const [saving, setSaving] = useState(0);
  // ballots are saved one after another, in the order they were typed (双人录入 compares the two passes in that order)
  const [queue] = useState(createSaveQueue);
  /** what the form holds now, for a refused ballot to decide whether it may come back into the form */
  const live = useRef({ ticket, category, rows });
  live.current = { ticket, category, rows };
  const ticketRef = useRef<InputRef>(null);
  const categoryRef = useRef<InputRef>(null);
  const form = useRef<HTMLDivElement>(null);

  const fields = () => [...(form.current?.querySelectorAll<HTMLInputElement>('input[data-entry]') ?? [])];
  const focusField = (name: string) => form.current?.querySelector<HTMLInputElement>(`input[data-entry="${name}"]`)?.focus();
  /**
   * Focus moves at once, inside the key's own handler: Chromium runs input before timers, so a
   * deferred move would let the next fast keystroke land in the old field. Fields are found by name
   * because antd may hand a detached clone of the input to onChange.
   */
  const focusNext = (fromName: string) => {
    const all = fields();
    const at = all.findIndex((f) => f.dataset.entry === fromName);
    const next = at < 0 ? undefined : all[at + 1];
    if (next) next.focus();
    else form.current?.querySelector<HTMLButtonElement>('button[data-entry-save]')?.focus();
  };
  const focusTicket = () => {
    ticketRef.current?.focus();
    ticketRef.current?.select();
  };

  const reset = () => {
    setTicket('');
    setCategory('');
    setRows(emptyRows(targets.length));
    focusTicket();
  };

  const categoryOf = (text: string) => config.categories.find((c) => c.code.toUpperCase() === text.trim().toUpperCase());

  const filled = (r: RowEntry[] = rows) => !showLevels || r.every((x) => x.key !== '');

  /**
   * Everything the clerk must fix before sending, in one message (not only the first problem), with
   * the field of the first to go to. A wrong 票号 or category is told alone: the lines come after.
   */
  const check = (): { message: string; field: string } | null => {
    const scanned = parseScannedTicket(ticket, event.id);
    if (!scanned.ok) return { message: scanned.message, field: 'ticket' };
    if (!isWellFormedTicket(scanned.ticket)) return { message: `票号“${normalizeTicket(scanned.ticket)}”不正确（8位，末位为校验位），请核对纸质票`, field: 'ticket' };
    if (!categoryOf(category)) return { message: '请输入评委类别代码（纸质票上所划的类别）', field: 'category' };
    const missing: number[] = [];
    const problems: { message: string; field: string }[] = [];
    for (const [i, r] of rows.entries()) {
      if (showLevels && r.key === '') missing.push(i);
      for (const ind of showScores ? config.indicators : []) {
        const raw = (r.scores[ind.code] ?? '').trim();
        if (raw !== '' && !Number.isFinite(Number(raw))) problems.push({ message: `第${i + 1}行（${targets[i]!.name}）的“${ind.name}”不是数字`, field: `score-${i}-${ind.code}` });
      }
    }
    if (missing.length > 0) {
      const rowsText = missing.map((i) => `第${i + 1}行（${targets[i]!.name}）`).join('、');
      problems.unshift({ message: `${rowsText}尚未录入，弃权请录 0`, field: `level-${missing[0]!}` });
    }
    return problems.length === 0 ? null : { message: problems.map((p) => p.message).join('；'), field: problems[0]!.field };
  };

  /**
   * Sends the ballot and clears the form at once, so the clerk types the next one while this one is
   * saved: nothing typed meanwhile is wiped by a late reply. A refused ballot comes back into the form
   * (with the reason) when the clerk has not started another one; otherwise the notice names its 票号.
   */
  const save = async () => {
    if (!clerk.trim()) {
      setNotice({ type: 'error', text: '请先填写录入人' });
      onNeedClerk();
      return;
    }
    const problem = check();
    if (problem) {
      setNotice({ type: 'error', text: problem.message });
      focusField(problem.field);
      return;
    }
    const scanned = parseScannedTicket(ticket, event.id);
    const ticketNo = scanned.ok ? normalizeTicket(scanned.ticket) : '';
    const marks = {
      category: categoryOf(category)!.code,
      lines: targets.map((t, i) => {
        const r = rows[i]!;
        const scores: Record<string, number> = {};
        if (showScores) for (const ind of config.indicators) if ((r.scores[ind.code] ?? '').trim() !== '') scores[ind.code] = Number(r.scores[ind.code]);
        return { targetId: t.id, level: showLevels ? (levelForKey(config, r.key) ?? null) : null, scores };
      }),
    };
    const typed = { ticket: ticketNo, category, rows };
    const request = { id: event.id, ticketNo, marks, clerk: clerk.trim(), doubleEntry };
    setSaving((n) => n + 1);
    reset();
    try {
      const result = await queue(() => invoke('evaluation.paperEntry', request));
      setNotice(entryNotice(ticketNo, result));
      onSaved();
    } catch (error) {
      // a refused 票号: say why and, if the form is still empty, put the ballot back with the cursor on the 票号
      const pristine = live.current.ticket === '' && live.current.category === '' && live.current.rows.every((r) => r.key === '' && Object.keys(r.scores).length === 0);
      if (pristine) {
        setTicket(typed.ticket);
        setCategory(typed.category);
        setRows(typed.rows);
        setNotice({ type: 'error', text: errorText(error) });
        focusTicket();
      } else setNotice({ type: 'error', text: `票号 ${ticketNo} 未保存：${errorText(error)}（请重新录入该票）` });
    } finally {
      setSaving((n) => n - 1);
      void queryClient.invalidateQueries();
    }
  };

  const onFormKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      setNotice(null);
      reset();
    }
  };

  const onTicketKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const scanned = parseScannedTicket(ticket, event.id);
    if (!scanned.ok) return setNotice({ type: 'error', text: scanned.message });
    if (!isWellFormedTicket(scanned.ticket)) {
      setNotice({ type: 'error', text: `票号“${normalizeTicket(scanned.ticket)}”不正确（8位，末位为校验位），请核对纸质票` });
      focusTicket();
      return;
    }
    setTicket(normalizeTicket(scanned.ticket));
    setNotice(null);
    // the rest already typed (a corrected 票号 after a refusal): save at once
    if (categoryOf(category) && filled()) void save();
    else focusField('category');
  };

  const onCategoryChange = (text: string) => {
    setCategory(text.toUpperCase());
    const c = categoryOf(text);
    // jump on as soon as the code is complete (no longer code starts with what was typed)
    const longer = config.categories.some((x) => x !== c && x.code.toUpperCase().startsWith(text.trim().toUpperCase()));
    if (c && !longer) focusNext('category');
  };

  const onLevelKey = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusField(`level-${i + 1}`);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusField(i === 0 ? 'category' : `level-${i - 1}`);
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      if (rows[i]!.key === '' && i > 0) {
        setRows((all) => all.map((r, j) => (j === i - 1 ? { ...r, key: '' } : r)));
        focusField(`level-${i - 1}`);
      } else setRows((all) => all.map((r, j) => (j === i ? { ...r, key: '' } : r)));
    } else if (e.key.length === 1 && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      const level = levelForKey(config, e.key);
      if (level === undefined) {
        setNotice({ type: 'error', text: `“${e.key}”不是等次键：${config.levels.map((l) => `${l.key} ${l.name}`).join('，')}，0 弃权` });
        return;
      }
      setNotice(null);
      const key = level === null ? '0' : config.levels.find((l) => l.code === level)!.key;
      setRows((all) => all.map((r, j) => (j === i ? { ...r, key } : r)));
      focusNext(`level-${i}`);
    }
  };

  const onScoreKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void save();
    }
  };

  const levelLabel = (key: string) => (key === '' ? '' : key === '0' ? '弃权' : (config.levels.find((l) => l.key === key)?.name ?? ''));
  const categoryName = categoryOf(category)?.name;

  return (
    <div className="entry-form" ref={form} onKeyDown={onFormKey}>
      <div className="entry-head">
        <label className="entry-field">
          <span className="entry-label">票号</span>
          <Input
            ref={ticketRef}
            data-entry="ticket"
            aria-label="票号"
            className="entry-ticket"
            value={ticket}
            autoFocus
            autoComplete="off"
            placeholder="扫描或输入"
            onChange={(e) => setTicket(e.target.value)}
            onKeyDown={onTicketKey}
          />
        </label>
        <label className="entry-field">
          <span className="entry-label">评委类别</span>
          <Input
            ref={categoryRef}
            data-entry="category"
            aria-label="评委类别"
            className="entry-category"
            value={category}
            maxLength={10}
            autoComplete="off"
            onChange={(e) => onCategoryChange(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                if (categoryOf(category)) focusNext('category');
                else setNotice({ type: 'error', text: '请输入评委类别代码（纸质票上所划的类别）' });
              }
            }}
          />
          <span className={categoryName ? 'entry-category-name' : 'entry-category-hint'}>
            {categoryName ?? config.categories.map((c) => `${c.code} ${c.name}`).join('　')}
          </span>
        </label>
      </div>
      {/* under the ticket and category fields, where the clerk looks: below a long grid it was out of view */}
      {notice && (
        <Alert type={notice.type} showIcon title={notice.text} description={notice.detail} className="entry-notice" data-testid="entry-notice" />
      )}
      <div className="entry-grid-box">
        <table className="entry-grid">
          <thead>
            <tr>
              <th className="col-no">序号</th>
              <th className="col-name">姓名</th>
              <th className="col-post">职务</th>
              {showLevels && <th className="col-key">录入</th>}
              {showLevels && <th className="col-level-name">等次</th>}
              {showScores && config.indicators.map((ind) => <th key={ind.code} className="col-score">{ind.name}<span className="score-max">（{ind.max}）</span></th>)}
            </tr>
          </thead>
          <tbody>
            {targets.map((t, i) => (
              <tr key={t.id}>
                <td className="col-no">{i + 1}</td>
                <td className="col-name">{t.name}</td>
                <td className="col-post">{targetPost(t)}</td>
                {showLevels && (
                  <td className="col-key">
                    <Input
                      data-entry={`level-${i}`}
                      aria-label={`第${i + 1}行 ${t.name} 等次`}
                      value={rows[i]?.key ?? ''}
                      onChange={() => undefined}
                      onKeyDown={onLevelKey(i)}
                      autoComplete="off"
                      className="entry-key"
                    />
                  </td>
                )}
                {showLevels && <td className={`col-level-name${rows[i]?.key === '0' ? ' abstain' : ''}`}>{levelLabel(rows[i]?.key ?? '')}</td>}
                {showScores &&
                  config.indicators.map((ind) => (
                    <td key={ind.code} className="col-score">
                      <Input
                        data-entry={`score-${i}-${ind.code}`}
                        aria-label={`第${i + 1}行 ${t.name} ${ind.name}`}
                        value={rows[i]?.scores[ind.code] ?? ''}
                        inputMode="decimal"
                        autoComplete="off"
                        onChange={(e) => {
                          const text = scoreText(e.target.value);
                          setRows((all) => all.map((r, j) => (j === i ? { ...r, scores: { ...r.scores, [ind.code]: text } } : r)));
                        }}
                        onKeyDown={onScoreKey}
                      />
                    </td>
                  ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="entry-actions">
        <Space>
          {/* never `loading`: a loading button ignores Enter, and the next ballot's Enter would be lost */}
          <Button type="primary" data-entry-save onClick={() => void save()}>
            保存（回车）
          </Button>
          <Button onClick={() => { setNotice(null); reset(); }}>清空（Esc键）</Button>
          {saving > 0 && <Typography.Text type="secondary" data-testid="entry-saving">正在保存…</Typography.Text>}
        </Space>
        <Typography.Text type="secondary">
          {showLevels ? `等次键：${config.levels.map((l) => `${l.key} ${l.name}`).join('，')}，0 弃权；输入后自动跳到下一行。` : ''}
          {showScores ? '评分用 Tab 键换格，不填视为弃权。' : ''}
        </Typography.Text>
      </div>
    </div>
  );
}
