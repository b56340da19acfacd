import { z } from 'zod';
import { channel, outgoingFile } from './channel';
import { resultNotices } from '../annual';
import { reportScope } from '../reports';

/**
 * 考核结果运用 after the 等次 (DOMAIN §9, issue 13 §2–§3): the 考核结果通知书 per person for the print
 * view (and its PDF), and the 年度考核结果备案表 for the superior department. The notice text is the
 * year's rules' `notice` template, edited through `annual.updateRules`.
 */

const year = z.number().int().min(2000).max(2100);

export const annualResultsChannels = {
  /**
   * The notices of a scope. An open year gives them as 样稿 (final: false) for those already
   * confirmed; `office`/`date` replace the template's 落款 and date for this print only (a locked
   * year's template cannot change).
   */
  'annual.notices': channel(
    z.object({ year, scope: reportScope, office: z.string().trim().max(40).optional(), date: z.string().trim().max(20).optional() }),
    resultNotices,
  ),
  /** 年度考核结果备案表 (.xlsx): counts per 人员类别 and 等次, and the 名册; a locked year only */
  'annual.exportFiling': channel(z.object({ year, unitTitle: z.string().trim().max(60).optional() }), outgoingFile),
};
