import { Input } from 'antd';
import type { EvaluationTarget } from '../../../../shared/contract/evaluation';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { eventWords, type EventWords } from '../evaluation-labels';
import { levelLabel, type RowEntry } from './entry-rows';
import type { useEntryKeys } from './use-entry-keys';

/** The ballot's lines: per 测评对象 in ballot order, the level key and its name and/or a box per indicator. */
export function EntryGrid(props: { config: EvaluationConfig; targets: readonly EvaluationTarget[]; rows: readonly RowEntry[]; keys: ReturnType<typeof useEntryKeys>; words?: EventWords }) {
  const words = props.words ?? eventWords({ reviewPeriod: null });
  const { config, targets, rows, keys } = props;
  const showLevels = config.form !== 'score';
  const showScores = config.form !== 'level';
  return (
    <div className="entry-grid-box">
      <table className="entry-grid">
        <thead>
          <tr>
            <th className="col-no">序号</th>
            <th className="col-name">{words.nameHead}</th>
            <th className="col-post">{words.postHead}</th>
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
              <td className="col-post">{words.postOf(t)}</td>
              {showLevels && (
                <td className="col-key">
                  <Input
                    data-entry={`level-${i}`}
                    aria-label={`第${i + 1}行 ${t.name} 等次`}
                    value={rows[i]?.key ?? ''}
                    onChange={() => undefined}
                    onKeyDown={keys.onLevelKey(i)}
                    autoComplete="off"
                    className="entry-key"
                  />
                </td>
              )}
              {showLevels && <td className={`col-level-name${rows[i]?.key === '0' ? ' abstain' : ''}`}>{levelLabel(config, rows[i]?.key ?? '')}</td>}
              {showScores &&
                config.indicators.map((ind) => (
                  <td key={ind.code} className="col-score">
                    <Input
                      data-entry={`score-${i}-${ind.code}`}
                      aria-label={`第${i + 1}行 ${t.name} ${ind.name}`}
                      value={rows[i]?.scores[ind.code] ?? ''}
                      inputMode="decimal"
                      autoComplete="off"
                      onChange={(e) => keys.onScoreChange(i, ind.code, e.target.value)}
                      onKeyDown={keys.onScoreKey}
                    />
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
