/** The key of the flagged people's list in the print view's address (an award name is any other). */
export const flaggedListKey = '结果运用';

/** `#/annual/awards-print?year=2026&list=嘉奖`: one list of 奖励与结果运用 on A4. */
export const awardsPrintHref = (year: number, list: string): string => `/annual/awards-print?year=${year}&list=${encodeURIComponent(list)}`;
