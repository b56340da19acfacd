import { z } from 'zod';
import type { YearConsequences } from './consequences';

/**
 * 考核结果通知书 (DOMAIN.md §9): the text is a template the office edits per 考核年度 (「考核结果通知书」
 * page), stored in the year's rules as `notice`. Placeholders in braces are filled per person:
 * {姓名} {年度} {等次} {单位} {职务} {结果运用} (the consequence rule's words, and any run rule that
 * fires that year, joined with 「；」). A body line whose {结果运用} is empty is left out, so a 等次
 * without a written consequence does not print 「根据有关规定，。」.
 */

export const noticePlaceholders = ['姓名', '年度', '等次', '单位', '职务', '结果运用'] as const;
export type NoticePlaceholder = (typeof noticePlaceholders)[number];
export type NoticeValues = Record<NoticePlaceholder, string>;

const known = new Set<string>(noticePlaceholders);
const placeholderPattern = /\{([^{}]*)\}/g;

/** The placeholders a text names that the template does not know ({名字} for {姓名}). */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((m) => m[1]!).filter((name) => !known.has(name));
}

const templateText = (max: number, empty: string) =>
  z.string().trim().min(1, empty).max(max, `不超过${max}字`).superRefine((text, ctx) => {
    const unknown = unknownPlaceholders(text);
    if (unknown.length > 0) ctx.addIssue({ code: 'custom', message: `不认识的占位符：${unknown.map((u) => `{${u}}`).join('、')}；可用：${noticePlaceholders.map((p) => `{${p}}`).join(' ')}` });
  });

export const noticeTemplate = z.object({
  /** e.g. {年度}年度考核结果通知书 */
  title: templateText(40, '标题不能为空'),
  /** e.g. {姓名}同志： */
  salutation: templateText(40, '称呼不能为空'),
  /** paragraphs, one a line */
  body: templateText(1000, '正文不能为空'),
  /** 落款; '' = the top unit of the roster */
  office: z.string().trim().max(40, '落款不超过40字'),
  /** the date under the 落款, e.g. 2027年1月15日; '' = the day it is printed */
  date: z.string().trim().max(20, '日期不超过20字'),
});
export type NoticeTemplate = z.infer<typeof noticeTemplate>;

export const noticeTemplatePreset: NoticeTemplate = {
  title: '{年度}年度考核结果通知书',
  salutation: '{姓名}同志：',
  body: ['经考核委员会审核确定，你{年度}年度考核结果为：{等次}。', '根据有关规定，{结果运用}。', '如对考核结果有异议，可在接到本通知之日起15日内向考核委员会申请复核。', '特此通知。'].join('\n'),
  office: '',
  date: '',
};

/** Fills one text; an unknown placeholder stays as written (the schema refuses it on save). */
export function fillPlaceholders(text: string, values: NoticeValues): string {
  return text.replace(placeholderPattern, (whole, name: string) => (known.has(name) ? values[name as NoticePlaceholder] : whole));
}

/** The body's paragraphs filled; a line that names {结果运用} while it is empty is left out, and blank lines too. */
export function fillNoticeBody(body: string, values: NoticeValues): string[] {
  return body
    .split(/\r?\n/)
    .filter((line) => !(line.includes('{结果运用}') && values.结果运用.trim() === ''))
    .map((line) => fillPlaceholders(line, values).trim())
    .filter((line) => line !== '');
}

/**
 * What follows from the year's 等次, in the words the 通知书 prints: the outcome rule's words, then
 * each run rule that fires in the year (连续三年考核优秀，记三等功), joined with 「；」 and without a
 * closing stop (the template adds it).
 */
export function consequenceWords(consequences: YearConsequences): string {
  const parts = [consequences.outcome?.consequence ?? '', ...consequences.runs.map((r) => r.rule.consequence)]
    .map((p) => p.trim().replace(/[。；;]+$/, ''))
    .filter((p) => p !== '');
  return parts.join('；');
}
