import { bulletinColumns, bulletinRowCells, figureNotes, rankedRows, weightsText, type BulletinView } from '../../../../shared/bulletins';
import { paperDayText } from '../../../../shared/date-text';
import { useStepFit } from '../../../components/use-step-fit';
import '../../../components/a4-sheet.css';
import './print-bulletin.css';

/**
 * The body type sizes tried, largest first (pt): the 通报 takes the largest at which it fits one A4
 * page; under 8 pt nothing is printed (the project's floor), so a 通报 too long for 8 pt says so and
 * runs onto a second page (DOMAIN §8.5).
 */
const sizes = [12, 11.5, 11, 10.5, 10, 9.5, 9, 8.5, 8] as const;

export interface SheetFit {
  readonly size: number;
  readonly pages: number;
}

const chineseNumbers = ['一', '二', '三', '四'];
const totalWidth = bulletinColumns.reduce((s, c) => s + c.width, 0);

/**
 * 月度通报 (DOMAIN §8.5), the sheet itself, a plain layout without 红头: title, 期数 and 印发日期, the
 * opening line, the table by rank (the same columns as the .xlsx), the re-weighting notes, the 表扬 and
 * 批评 lines, the 落款 and date. A draft prints 「（草稿）」 after the 期数.
 */
export function BulletinSheet({ view, onFit, testId }: { view: BulletinView; onFit?: (fit: SheetFit) => void; testId?: string }) {
  const { ref: sheet, step } = useStepFit(view, sizes.length, (fit) => onFit?.({ size: sizes[fit.step]!, pages: fit.pages }));
  const size = sizes[step]!;
  const text = view.bulletin ?? view.proposal;
  const rows = rankedRows(view.figures.rows);
  const notes = figureNotes(view.figures);
  const sections = [
    { title: '表扬', lines: text.praise },
    { title: '批评', lines: text.criticism },
  ].filter((s) => s.lines.length > 0);
  return (
    <div className="a4-sheet bulletin-sheet" ref={sheet} style={{ fontSize: `${size}pt` }} data-testid={testId} data-font-pt={size}>
      <h1 className="a4-sheet-title">{text.title}</h1>
      <div className="bulletin-sheet-line">
        <span>{`第${text.issueNo}期${view.bulletin?.status === 'issued' ? '' : '（草稿）'}`}</span>
        <span>{paperDayText(text.issuedOn)}</span>
      </div>
      {text.opening && <p className="bulletin-sheet-p">{text.opening}</p>}
      <table className="bulletin-sheet-table">
        <colgroup>
          {bulletinColumns.map((c) => (
            <col key={c.key} style={{ width: `${(c.width * 100) / totalWidth}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {bulletinColumns.map((c) => (
              <th key={c.key}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.unitId}>
              {bulletinRowCells(r, i).map((v, k) => (
                <td key={bulletinColumns[k]!.key} className={k === 1 ? 'c-name' : undefined}>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="bulletin-sheet-note">
        {`注：排名分按${weightsText(view.figures.weights)}计算，满分100分；周晒为已晒周数/应晒周数；数据截至${paperDayText(view.figures.asOf)}。${notes.length > 0 ? `${notes.join('；')}。` : ''}`}
      </div>
      {sections.map((s, k) => (
        <div key={s.title} className="bulletin-sheet-section">
          <h2>{`${chineseNumbers[k]}、${s.title}`}</h2>
          {s.lines.map((l, n) => (
            <p key={n} className="bulletin-sheet-p">{s.lines.length > 1 ? `${n + 1}. ${l}` : l}</p>
          ))}
        </div>
      ))}
      <div className="bulletin-sheet-sign">
        <div>{text.signature}</div>
        <div>{paperDayText(text.issuedOn)}</div>
      </div>
    </div>
  );
}

