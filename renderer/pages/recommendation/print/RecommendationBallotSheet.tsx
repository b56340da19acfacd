import type { RecommendationEvent } from '../../../../shared/contract/recommendation';
import { paperDayText } from '../../../../shared/date-text';
import { approvalChoiceLabels, seatsLine, type RecommendationPost } from '../../../../shared/recommendation';
import { BallotCategoryBoxes, BallotSignLines, BallotTicket, BallotTicketRepeat } from '../../../components/BallotPaper';

const chineseOrdinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 「一、」 … 「十、」, then Arabic numbers */
const ordinal = (i: number) => `${chineseOrdinals[i] ?? String(i + 1)}、`;

/** The ballot's heading: the unit, then the title, unless the title already names the unit. */
export const recommendationBallotTitle = (event: Pick<RecommendationEvent, 'unitTitle' | 'config'>) =>
  event.config.title.startsWith(event.unitTitle) ? event.config.title : `${event.unitTitle}${event.config.title}`;

/**
 * One printed 推荐票 / 赞成票 (DOMAIN §7): 票号 + QR, title, 填票说明, the 评委类别 boxes, then per post its
 * heading with 「限推荐N人，多推无效」, the candidates with a column to mark (○, or 赞成/不赞成/弃权) and,
 * where 另推荐 is allowed, as many blank lines as seats. A long list runs onto the next sheet with the
 * table's header repeated, and then the header carries the 票号 too (more lines than the dense rows fit
 * on one sheet, about 30).
 */
export function RecommendationBallotSheet(props: { event: RecommendationEvent; ticket: string }) {
  const { event, ticket } = props;
  const { config } = event;
  const title = recommendationBallotTitle(event);
  const rows = config.posts.reduce((n, p) => n + p.candidates.length + (p.writeIns ? p.seats + 1 : 0), 0);
  // many lines get tighter rows so that a short ballot stays on one sheet
  const density = rows > 22 ? 'dense' : rows > 14 ? 'compact' : 'normal';
  return (
    <section className={`ballot-page rec-ballot rec-ballot-${config.kind} ballot-${density}`} data-ticket={ticket}>
      <BallotTicket eventId={event.id} ticket={ticket} />
      <h1 className={`ballot-title${title.length > 24 ? ' rec-title-long' : ''}`}>{title}</h1>
      <div className="ballot-meta">日期：{paperDayText(event.date)}</div>
      {config.ruleText.trim() && (
        <div className="rec-rules">
          <span className="ballot-rules-title">填票说明：</span>
          {config.ruleText.trim()}
        </div>
      )}
      <BallotCategoryBoxes categories={config.categories} />
      {config.posts.map((post, i) => (
        <div key={post.code} className="rec-post" data-post={post.code}>
          <h2 className="rec-post-title">
            {config.posts.length > 1 && ordinal(i)}
            {post.name}
            <span className="rec-post-seats">（{seatsLine(config, post)}）</span>
          </h2>
          <PostTable kind={config.kind} post={post} ticket={rows > 30 ? ticket : null} />
        </div>
      ))}
      <BallotSignLines />
    </section>
  );
}

function PostTable(props: { kind: RecommendationEvent['kind']; post: RecommendationPost; ticket: string | null }) {
  const { kind, post } = props;
  const marks = kind === 'approval' ? (['yes', 'no', 'abstain'] as const).map((c) => approvalChoiceLabels[c]) : ['推荐划“○”'];
  const blankLines = kind === 'recommend' && post.writeIns ? post.seats : 0;
  return (
    <table className="ballot-table rec-table">
      <thead>
        {props.ticket && <BallotTicketRepeat ticket={props.ticket} colSpan={4 + marks.length} />}
        <tr>
          <th className="r-no">序号</th>
          <th className="r-name">姓名</th>
          <th className="r-unit">单位</th>
          <th className="r-post">职务</th>
          {marks.map((m) => (
            <th key={m} className="r-mark">{m}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {post.candidates.map((c, n) => (
          <tr key={c.personId}>
            <td className="r-no">{n + 1}</td>
            <td className="r-name">{c.name}</td>
            <td className="r-unit">{c.unitName}</td>
            <td className="r-post">{c.post}</td>
            {marks.map((m) => (
              <td key={m} className="r-mark" />
            ))}
          </tr>
        ))}
        {blankLines > 0 && (
          <tr className="rec-writein-head">
            <td colSpan={4 + marks.length}>另推荐人选（填写姓名，计入应推荐人数）</td>
          </tr>
        )}
        {Array.from({ length: blankLines }, (_, n) => (
          <tr key={`w${n}`} className="rec-writein">
            <td className="r-no" />
            <td className="r-name" />
            <td className="r-unit" />
            <td className="r-post" />
            {marks.map((m) => (
              <td key={m} className="r-mark" />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
