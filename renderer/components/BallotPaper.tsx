import { qrPayload } from './ballot-ticket';
import { QrCode } from './QrCode';

/**
 * The parts every printed ballot (测评票, 推荐票) has, styled by print-view.css: the 票号 with its QR
 * code, the 评委类别 boxes, the 计票人/监票人 lines.
 */
export function BallotTicket(props: { eventId: number; ticket: string }) {
  return (
    <div className="ballot-top">
      <div className="ballot-ticket">
        票号：<span className="ballot-ticket-no">{props.ticket}</span>
      </div>
      <QrCode text={qrPayload(props.eventId, props.ticket)} sizeMm={20} />
    </div>
  );
}

/**
 * The 票号 again at the head of a ballot's table, for a ballot too long for one sheet: the table's head
 * repeats on every printed page, so a second sheet carries its 票号 and cannot be mixed up with another
 * ballot's (ARCHITECTURE §2, DOMAIN §2). A ballot that fits one sheet does not need it.
 */
export function BallotTicketRepeat(props: { ticket: string; colSpan: number }) {
  return (
    <tr className="ballot-ticket-repeat">
      <th colSpan={props.colSpan}>
        票号：<span className="ballot-ticket-no">{props.ticket}</span>
      </th>
    </tr>
  );
}

export function BallotCategoryBoxes(props: { categories: readonly { readonly code: string; readonly name: string }[] }) {
  return (
    <div className="ballot-categories">
      <span className="ballot-categories-label">评委类别：</span>
      {props.categories.map((c) => (
        <span key={c.code} className="ballot-category">
          <span className="box">☐</span>
          {c.name}
        </span>
      ))}
    </div>
  );
}

export function BallotSignLines() {
  return (
    <div className="ballot-sign">
      <span>计票人：<span className="sign-line" /></span>
      <span>监票人：<span className="sign-line" /></span>
    </div>
  );
}
