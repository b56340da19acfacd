import { z } from 'zod';
import { channel, jobRef } from './channel';
import { registerForms, reportScope, summaryReport } from '../reports';

/**
 * 年终考核 reports (DOMAIN §5): the 年终考核材料 workbook, the per-person 年度考核登记表 and the
 * 年终考核汇总报告. Long exports run as jobs of kind 'export' (shared/contract/jobs.ts) with
 * progress and can be cancelled; a cancelled job keeps no file. The titles of a year not yet
 * locked say 「未确定」.
 */

const year = z.number().int().min(2000).max(2100);
/** the unit named in titles; default: the top unit of the roster */
const unitTitle = z.string().trim().max(60).optional();

export const reportsChannels = {
  /** 「导出年终考核材料」: one .xlsx with every sheet of DOMAIN §5 (see issue 6) */
  'reports.startMaterials': channel(z.object({ year, unitTitle }), jobRef),
  /** 年度考核登记表 .xlsx: one sheet per person, or one sheet with a page break after each person */
  'reports.startRegister': channel(z.object({ year, scope: reportScope, layout: z.enum(['sheets', 'pages']).default('sheets'), unitTitle }), jobRef),
  /** the 登记表 data for the print view (PDF) */
  'reports.registerForms': channel(z.object({ year, scope: reportScope, unitTitle }), registerForms),
  /** the 年终考核汇总报告 data for its print view */
  'reports.summary': channel(z.object({ year, unitTitle }), summaryReport),
};
