import type { Migration } from './types';

/**
 * The audit log says whom a change concerns, why, and what changed in words (issue 10 §7):
 *
 * - subjects: the people, unit, year, event or star scheme the row is about, as the office names them;
 * - reason: the reason the user gave (committee change, override, unlock, 摘星, 不得参评 …);
 * - changes_json: [{ subject, field, before, after, note? }] in words (「等次：称职 → 优秀」), the
 *   machine detail staying in before_json/after_json;
 * - cell_key: set by keyboard-grid writes (one cell of 平时考核, 考核项目评分, 评星) so that repeated
 *   keystrokes on the same cell update the latest row instead of adding one (db/audit.ts).
 *
 * Old rows keep '' / NULL: the page shows their before/after as it did.
 */
export const migration007: Migration = {
  version: 7,
  name: 'audit-detail',
  sql: `
    ALTER TABLE audit_log ADD COLUMN subjects TEXT NOT NULL DEFAULT '';
    ALTER TABLE audit_log ADD COLUMN reason TEXT NOT NULL DEFAULT '';
    ALTER TABLE audit_log ADD COLUMN changes_json TEXT;
    ALTER TABLE audit_log ADD COLUMN cell_key TEXT;
  `,
};
