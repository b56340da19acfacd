import type { ChannelOutput } from '../../../../shared/contract';
import { invalidReasonsText } from '../../../../shared/evaluation/ballot-validation';

export type EntryNotice = { readonly type: 'success' | 'info' | 'warning' | 'error'; readonly text: string; readonly detail?: string };

/** What the clerk is told after Enter, per paper-entry state. */
export function entryNotice(ticket: string, result: ChannelOutput<'evaluation.paperEntry'>): EntryNotice {
  const o = result.outcome;
  const validity = o ? (o.valid ? '有效票' : `无效票（${invalidReasonsText(o.reasons)}）`) : '';
  const detail = o && !o.valid ? o.messages.join('；') : undefined;
  switch (result.state) {
    case 'counted-single':
      return { type: o && !o.valid ? 'warning' : 'success', text: `票号 ${ticket} 已保存，计为${validity}`, detail };
    case 'awaiting-second':
      return { type: 'info', text: `票号 ${ticket} 第一遍已录入，须由另一名录入员再录入一遍` };
    case 'counted':
      return { type: o && !o.valid ? 'warning' : 'success', text: `票号 ${ticket} 两遍录入一致，已计为${validity}`, detail };
    case 'mismatch':
      return { type: 'warning', text: `票号 ${ticket} 两遍录入不一致，已列入“录入不一致”，请对照纸质票核定` };
  }
}
