import { memo } from 'react';
import { committeeOpinionText, registerEducationLabel, registerLabels, registerSignLines, registerTitleText, remarkExtraLines } from '../../../../shared/reports/register-layout';
import type { RegisterForm } from '../../../../shared/reports/views';

/** A label broken into its lines, as in the narrow label column of the paper form. */
function Label({ lines, rowSpan, colSpan }: { lines: readonly string[]; rowSpan?: number; colSpan?: number }) {
  return (
    <th rowSpan={rowSpan} colSpan={colSpan}>
      {lines.map((line, i) => (
        <span key={i} className="register-label-line">
          {line}
        </span>
      ))}
    </th>
  );
}

/** A box to write in, with its signature (or seal) and date line at the foot. */
function Box({ label, className, text, sign, shrinkMm = 0 }: { label: readonly string[]; className: string; text: string; sign: string; shrinkMm?: number }) {
  return (
    <>
      <tr className={`register-box ${className}`} style={shrinkMm > 0 ? { height: `calc(var(--box-height) - ${shrinkMm}mm)` } : undefined}>
        <Label lines={label} rowSpan={2} />
        <td colSpan={5} className="register-box-text">
          {text}
        </td>
      </tr>
      <tr className="register-sign">
        <td colSpan={5}>{sign}</td>
      </tr>
    </>
  );
}

/**
 * One 年度考核登记表 on one A4 portrait page: plain DOM (hundreds of pages render at once), the
 * same grid and boxes as the .xlsx (electron/services/reports/register-workbook.ts).
 */
export const RegisterSheet = memo(function RegisterSheet({ form, final }: { form: RegisterForm; final: boolean }) {
  return (
    <section className="register-page" data-person-id={form.personId}>
      <h1 className="register-title">{registerTitleText(form, final)}</h1>
      <table className="register-table">
        <colgroup>
          <col className="rc-label" />
          <col className="rc-value" />
          <col className="rc-label" />
          <col className="rc-value" />
          <col className="rc-label-short" />
          <col className="rc-value-wide" />
        </colgroup>
        <tbody>
          <tr className="register-field">
            <Label lines={registerLabels.name} />
            <td data-field="name">{form.name}</td>
            <Label lines={registerLabels.gender} />
            <td data-field="gender">{form.gender}</td>
            <Label lines={registerLabels.birth} />
            <td data-field="birth">{form.birth}</td>
          </tr>
          <tr className="register-field">
            <Label lines={registerLabels.ethnicity} />
            <td data-field="ethnicity">{form.ethnicity}</td>
            <Label lines={registerLabels.political} />
            <td data-field="political">{form.political}</td>
            <Label lines={registerEducationLabel(form)} />
            <td data-field="education">{form.education}</td>
          </tr>
          <tr className="register-field">
            <Label lines={registerLabels.workStart} />
            <td data-field="workStart">{form.workStart}</td>
            <Label lines={registerLabels.partySince} />
            <td data-field="partySince">{form.partySince}</td>
            <Label lines={registerLabels.postSince} />
            <td data-field="postSince">{form.postSince}</td>
          </tr>
          <tr className="register-field">
            <Label lines={registerLabels.unitAndPost} />
            <td colSpan={5} className="register-long" data-field="unitAndPost">
              {form.unitAndPost}
            </td>
          </tr>
          <tr className="register-field">
            <Label lines={registerLabels.work} />
            <td colSpan={5} className="register-long" data-field="work">
              {form.work}
            </td>
          </tr>
          {/* a long 备注 takes its extra lines (5.5 mm each) from the 个人总结 box: one A4 page per person */}
          <Box label={registerLabels.summary} className="register-summary" text="" sign={registerSignLines.signature} shrinkMm={remarkExtraLines(form.remark) * 5.5} />
          <Box label={registerLabels.leaderComment} className="register-comment" text="" sign={registerSignLines.signature} />
          <Box label={registerLabels.committee} className="register-committee" text={committeeOpinionText(form)} sign={registerSignLines.seal} />
          <Box label={registerLabels.own} className="register-own" text="" sign={registerSignLines.signature} />
          <tr className="register-field register-remark">
            <Label lines={registerLabels.remark} />
            <td colSpan={5} className="register-long" data-field="remark">
              {form.remark}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
});
