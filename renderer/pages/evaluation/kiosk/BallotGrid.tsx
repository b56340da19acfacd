import { InputNumber } from 'antd';
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { EvaluationTarget } from '../../../../shared/contract/evaluation';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { levelForKey } from '../../../../shared/evaluation/level-keys';
import { setLevel, setScore, type BallotDraft } from '../ballot-draft';
import { eventWords, type EventWords } from '../evaluation-labels';

const personWords = eventWords({ reviewPeriod: null });

/**
 * One ballot on screen: a row per 测评对象, a column per level (click, or the level's digit on the
 * focused row; 0 = 弃权) and/or a score box per indicator (Tab between them). ↑/↓ move between rows,
 * ←/→ move the level choice. Used by 现场测评 and to settle a 双人录入 disagreement.
 *
 * Changes go out as updates of the latest draft, never as a draft computed from this render's copy:
 * keys typed faster than React renders (a rater typing 1-2-2-3 at 30 ms) would otherwise each start
 * from the same old draft, and all but the last would be lost.
 */
export function BallotGrid(props: {
  config: EvaluationConfig;
  targets: readonly EvaluationTarget[];
  draft: BallotDraft;
  /** receives an update of the latest draft (a React state setter fits) */
  onChange: (update: (latest: BallotDraft) => BallotDraft) => void;
  /** focus the first line on mount, so digit keys work without a click first (现场测评) */
  autoFocus?: boolean;
  /** rows to mark (e.g. where two entries differ) */
  highlight?: ReadonlySet<number>;
  size?: 'large' | 'normal';
  /** the event's words (科室评议: 科室/单位 and 上级单位) */
  words?: EventWords;
}) {
  const { config, targets, draft, onChange, highlight, size = 'large', autoFocus = false, words = personWords } = props;
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const hasRows = targets.length > 0;
  useLayoutEffect(() => {
    if (autoFocus && hasRows) rows.current[0]?.focus();
  }, [autoFocus, hasRows]);
  const showLevels = config.form !== 'score';
  const showScores = config.form !== 'level';
  const levelCodes: (string | null)[] = [...config.levels.map((l) => l.code), null];

  const focusRow = (i: number) => rows.current[Math.max(0, Math.min(targets.length - 1, i))]?.focus();

  const onRowKey = (i: number) => (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget) return; // keys typed into a score box stay there
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusRow(i + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(i - 1);
    } else if (showLevels && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      e.preventDefault();
      const step = e.key === 'ArrowRight' ? 1 : -1;
      onChange((latest) => {
        const current = latest[i]?.level;
        const from = current === undefined ? (step === 1 ? -1 : levelCodes.length) : levelCodes.indexOf(current);
        return setLevel(latest, i, levelCodes[(from + step + levelCodes.length) % levelCodes.length]!);
      });
    } else if (showLevels && /^[0-9０-９]$/.test(e.key)) {
      const level = levelForKey(config, e.key);
      if (level === undefined) return;
      e.preventDefault();
      onChange((latest) => setLevel(latest, i, level));
      focusRow(i + 1);
    }
  };

  return (
    <table className={`ballot-grid ballot-grid-${size}`}>
      <thead>
        <tr>
          <th className="col-no">序号</th>
          <th className="col-name">{words.nameHead}</th>
          <th className="col-post">{words.postHead}</th>
          {showLevels &&
            config.levels.map((l) => (
              <th key={l.code} className="col-level">
                {l.name}
                <span className="key-hint">{l.key}</span>
              </th>
            ))}
          {showLevels && (
            <th className="col-level">
              弃权<span className="key-hint">0</span>
            </th>
          )}
          {showScores &&
            config.indicators.map((ind) => (
              <th key={ind.code} className="col-score">
                {ind.name}
                <span className="score-max">（0-{ind.max}）</span>
              </th>
            ))}
        </tr>
      </thead>
      <tbody>
        {targets.map((t, i) => {
          const line = draft[i];
          return (
            <tr
              key={t.id}
              ref={(el) => {
                rows.current[i] = el;
              }}
              tabIndex={0}
              className={highlight?.has(i) ? 'row-differs' : undefined}
              onKeyDown={onRowKey(i)}
              aria-label={`第${i + 1}位 ${t.name}`}
              data-testid={`ballot-row-${i + 1}`}
            >
              <td className="col-no">{i + 1}</td>
              <td className="col-name">{t.name}</td>
              <td className="col-post">{words.postOf(t)}</td>
              {showLevels &&
                levelCodes.map((code) => {
                  const chosen = line?.level === code;
                  const name = code === null ? '弃权' : config.levels.find((l) => l.code === code)!.name;
                  return (
                    <td
                      key={code ?? 'abstain'}
                      className={`col-level level-cell${chosen ? ' chosen' : ''}${code === null ? ' abstain' : ''}`}
                      role="radio"
                      aria-checked={chosen}
                      aria-label={`${t.name} ${name}`}
                      onClick={() => {
                        onChange((latest) => setLevel(latest, i, latest[i]?.level === code ? undefined : code));
                        rows.current[i]?.focus();
                      }}
                    >
                      <span className="level-mark">{chosen ? '✓' : ''}</span>
                    </td>
                  );
                })}
              {showScores &&
                config.indicators.map((ind) => (
                  <td key={ind.code} className="col-score">
                    <InputNumber
                      aria-label={`${t.name} ${ind.name}`}
                      min={0}
                      max={ind.max}
                      controls={false}
                      value={line?.scores[ind.code] ?? null}
                      onChange={(v) => onChange((latest) => setScore(latest, i, ind.code, typeof v === 'number' ? v : null))}
                      style={{ width: '100%' }}
                    />
                  </td>
                ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
