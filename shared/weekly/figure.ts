/**
 * The optional figure of a 周晒 item (DOMAIN §8): a number with its unit word and, before it, what it
 * counts, typed as the office writes it: 「完成率 95%」, 「检查12处」, 「3.5万元」, 「120」.
 */

export interface WeeklyFigure {
  /** what is counted (完成率); may be empty */
  readonly label: string;
  readonly value: number;
  /** the unit word (%, 处, 万元); may be empty */
  readonly unit: string;
}

const pattern = /^(.*?)\s*([-+]?\d+(?:\.\d+)?)\s*(\S{0,6})$/u;

/** null for an empty text; a Chinese message when it holds no number or too much. */
export function parseFigure(text: string): WeeklyFigure | null | { error: string } {
  const t = text.trim().replace(/％/g, '%').replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
  if (!t) return null;
  const m = pattern.exec(t);
  if (!m) return { error: `“${text.trim()}”不是数字，请写成“完成率 95%”“检查12处”这样的数字加单位` };
  const label = m[1]!.trim();
  const unit = m[3]!.trim();
  if (label.length > 20) return { error: `“${text.trim()}”数字前的说明过长（不超过20字）` };
  if (/\d/.test(unit)) return { error: `“${text.trim()}”只能有一个数字` };
  return { label, value: Number(m[2]), unit };
}

export const isFigureError = (f: ReturnType<typeof parseFigure>): f is { error: string } => f != null && 'error' in f;

/** 「完成率 95%」 back from its parts */
export function figureText(f: WeeklyFigure | null): string {
  if (!f) return '';
  const number = Number.isInteger(f.value) ? String(f.value) : String(Number(f.value.toFixed(4)));
  return `${f.label}${f.label ? ' ' : ''}${number}${f.unit}`;
}
