/**
 * Dates and times as the app shows them, one form each (issue 14 §7):
 * - a day: `2026-12-02` (events, 调离/退休, 入职, 评星 steps, records),
 * - a moment (stored as a UTC ISO timestamp): the LOCAL day and time, `2026-12-02 14:05` (or with
 *   seconds where two entries a second apart must be told apart: the audit log, backups),
 * - a day on paper (落款, 测评日期): `2026年12月2日`, as offices date their documents.
 * 出生年月 and 任现职时间 keep the roster's own `1968.04` (shared/normalize/dates.ts): a month, not a day.
 *
 * Slicing a stored timestamp (`iso.slice(0, 16)`) shows UTC, eight hours behind the office's clock:
 * every moment goes through `momentText` instead.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A bare calendar day: read as written, never through a time zone. */
const plainDay = /^(\d{4})-(\d{2})-(\d{2})$/;

interface DayParts { readonly year: number; readonly month: number; readonly day: number }

/** A day, a stored timestamp, or a `Date` (the main process's clock). */
export type DateInput = string | Date | null | undefined;

function dayParts(value: string | Date): DayParts | null {
  const m = typeof value === 'string' ? plainDay.exec(value) : null;
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** `2026-12-02` from a day or a timestamp (its local day); '' for nothing, the input itself when unreadable. */
export function dayText(value: DateInput): string {
  if (!value) return '';
  const p = dayParts(value);
  return p ? `${p.year}-${pad2(p.month)}-${pad2(p.day)}` : String(value);
}

/** `2026-12-02 14:05` (local time) from a stored timestamp; `seconds` adds `:07`. */
export function momentText(value: DateInput, options: { seconds?: boolean } = {}): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}${options.seconds ? `:${pad2(d.getSeconds())}` : ''}`;
  return `${dayText(d)} ${time}`;
}

/** `2026年12月2日` (paper) from a day or a timestamp (its local day). */
export function paperDayText(value: DateInput): string {
  if (!value) return '';
  const p = dayParts(value);
  return p ? `${p.year}年${p.month}月${p.day}日` : String(value);
}
