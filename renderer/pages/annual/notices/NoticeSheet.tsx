import type { ResultNotice } from '../../../../shared/annual';

/**
 * One 考核结果通知书 on A4 (GB/T 9704 look: 小标宋 title, 仿宋 body): the notice, the 落款 and date,
 * and under a cut line the 回执 with the 本人签字 and date the person fills in and returns. A 样稿
 * (a year not yet locked) carries a watermark and a line saying so, on screen and on paper.
 */
export function NoticeSheet(props: { notice: ResultNotice; year: number; office: string; date: string; final: boolean }) {
  const { notice, year, office, date, final } = props;
  return (
    <article className="notice-page" data-testid="notice-page" data-person={notice.personId}>
      {!final && (
        <>
          <div className="notice-watermark" aria-hidden="true">样稿</div>
          <p className="notice-draft-line">样稿：{year}年度考核尚未确认并锁定，仅供核对，不作正式通知</p>
        </>
      )}
      <h1 className="notice-title">{notice.title}</h1>
      <p className="notice-salutation">{notice.salutation}</p>
      {notice.paragraphs.map((text, i) => (
        <p className="notice-paragraph" key={i}>
          {text}
        </p>
      ))}
      <div className="notice-sign">
        <div>{office}</div>
        <div>{date}</div>
      </div>
      <div className="notice-receipt">
        <div className="notice-cut">
          <span>沿此线剪下，本人签字后交回</span>
        </div>
        <h2 className="notice-receipt-title">{"回\u3000执"}</h2>
        <p className="notice-receipt-text">
          {notice.unitName} {notice.name}：本人已收到{year}年度考核结果通知书，知悉考核结果为「{notice.outcome}」。
        </p>
        <p className="notice-receipt-sign">
          本人签字：<span className="notice-line" />
          日期：<span className="notice-line notice-line-short" />年<span className="notice-line notice-line-tiny" />月<span className="notice-line notice-line-tiny" />日
        </p>
      </div>
    </article>
  );
}
