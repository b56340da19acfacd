import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { paperDayText } from '../../../../shared/date-text';
import { ballotTitle, eventWords } from '../evaluation-labels';
import { BallotCategoryBoxes, BallotSignLines, BallotTicket, BallotTicketRepeat } from '../../../components/BallotPaper';

/** The most 测评对象 the dense table fits on one A4 sheet with the rules and 计票人/监票人 (the e2e prints 34). */
const onePageTargets = 34;

/** One printed A4 ballot (DOMAIN §2): 票号 + QR, title, category boxes, the table, the rules, 计票人/监票人. */
export function BallotSheet(props: { event: EvaluationEvent; ticket: string; rulesText: readonly string[] }) {
  const words = eventWords(props.event);
  const { event, ticket, rulesText } = props;
  const { config } = event;
  const showLevels = config.form !== 'score';
  const showScores = config.form !== 'level';
  const targets = [...event.targetList].sort((a, b) => a.sortOrder - b.sortOrder);
  // long lists get tighter rows so one ballot stays on one sheet as far as possible
  const density = targets.length > 22 ? 'dense' : targets.length > 15 ? 'compact' : 'normal';
  // one maximum for all indicators is said once in the rules (「每项评分0-100分」), not over every column
  const sameMax = new Set(config.indicators.map((i) => i.max)).size <= 1;
  return (
    <section className={`ballot-page ballot-${density} ballot-form-${config.form}`} data-ticket={ticket}>
      <BallotTicket eventId={event.id} ticket={ticket} />
      <h1 className="ballot-title">{ballotTitle(event)}</h1>
      <div className="ballot-meta">测评日期：{paperDayText(event.date)}</div>
      <BallotCategoryBoxes categories={config.categories} />
      <table className="ballot-table">
        <thead>
          {targets.length > onePageTargets && <BallotTicketRepeat ticket={ticket} colSpan={3 + (showLevels ? config.levels.length : 0) + (showScores ? config.indicators.length : 0)} />}
          <tr>
            <th className="b-no">序号</th>
            <th className="b-name">{words.nameHead}</th>
            <th className="b-post">{words.postHead}</th>
            {showLevels && config.levels.map((l) => <th key={l.code} className="b-level">{l.name}</th>)}
            {showScores &&
              config.indicators.map((i) => (
                <th key={i.code} className="b-score">
                  {i.name}
                  {!sameMax && <div className="b-score-max">（{i.max}分）</div>}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {targets.map((t, n) => (
            <tr key={t.id}>
              <td className="b-no">{n + 1}</td>
              <td className="b-name">{t.name}</td>
              <td className="b-post">{words.postOf(t)}</td>
              {showLevels &&
                config.levels.map((l) => (
                  <td key={l.code} className="b-level">
                    <span className="box">☐</span>
                  </td>
                ))}
              {showScores && config.indicators.map((i) => <td key={i.code} className="b-score" />)}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="ballot-rules">
        <div className="ballot-rules-title">填票说明：</div>
        <ol>
          {rulesText.map((line) => (
            <li key={line}>{line}。</li>
          ))}
        </ol>
      </div>
      <BallotSignLines />
    </section>
  );
}
