import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { writeAudit } from '../../../db/audit';
import { deleteSetting, writeSetting } from '../../../db/settings';
import { operatorSettingKey, osAccountName, storedOperatorName, type AppContext } from '../../context';

/**
 * 设置 → 操作员: the name recorded as 经办人 in the audit log, score entries and 等次确认. Kept in
 * settings under `operatorName`; when none is set the OS account stands in (see electron/context.ts).
 */
export const operatorSettings = (ctx: AppContext): ChannelOutput<'settings.operator'> => ({
  name: storedOperatorName(ctx.db),
  fallback: osAccountName(),
});

export function setOperator(ctx: AppContext, input: ParsedInput<'settings.setOperator'>): ChannelOutput<'settings.setOperator'> {
  const db = ctx.db;
  const before = storedOperatorName(db);
  const next = input.name;
  if (next === before) return operatorSettings(ctx);
  const fallback = osAccountName();
  // the change is recorded under the operator who was in effect while making it
  const actor = ctx.actor();
  db.transaction(() => {
    if (next) {
      writeSetting(db, operatorSettingKey, next);
    } else {
      deleteSetting(db, operatorSettingKey);
    }
    writeAudit(db, {
      actor,
      action: 'settings.operator',
      entity: 'settings',
      entityId: operatorSettingKey,
      subjects: '操作员姓名',
      summary: next ? `操作员姓名改为「${next}」` : `操作员姓名恢复为系统账户（${fallback}）`,
      before: { operatorName: before || `系统账户（${fallback}）` },
      after: { operatorName: next || `系统账户（${fallback}）` },
    });
  })();
  return operatorSettings(ctx);
}
