import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import { listAudit } from '../../../db/audit/audit-log';
import type { AppContext } from '../../context';

export const auditList = (ctx: AppContext, q: ParsedInput<'audit.list'>): ChannelOutput<'audit.list'> => listAudit(ctx.db, q);
