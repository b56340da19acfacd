import { z } from 'zod';
import { contract, isChannelName } from '../shared/contract';
import { AppError, type Result } from '../shared/errors';
import { stripXmlIllegalDeep } from '../shared/normalize';
import { fromYearLockAbort } from '../db/year-lock';
import type { AppContext } from './context';
import type { Handlers } from './handlers';
import { kioskRefusal } from './services/evaluation';

const fieldPath = (issue: z.core.$ZodIssue) => (issue.path.length ? `${issue.path.join('.')}：` : '');

/** Turns a zod failure into one Chinese sentence naming the field. */
export function describeInvalidInput(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return '输入有误。';
  // Our schemas' Chinese messages name their field themselves; the path (「rules.components」) would
  // only add English. Library messages are replaced and keep the path so the field can be found.
  if (/[\u4e00-\u9fff]/.test(first.message)) return `输入有误：${first.message}`;
  return `输入有误：${fieldPath(first)}格式不正确`;
}

/**
 * One call through the contract: validate input -> service -> Result. Used by Electron IPC and by
 * the browser-mode HTTP host alike, so both behave the same.
 */
export async function dispatch(handlers: Handlers, ctx: AppContext, channelName: string, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channelName)) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `未知的操作：${channelName}` } };
  const spec = contract[channelName];
  // Characters no .xlsx can hold (U+FFFE, stray control characters, lone surrogates) are dropped
  // from every text input here, at the one door every call passes, so no channel can store them.
  const parsed = spec.input.safeParse(stripXmlIllegalDeep(rawInput ?? {}));
  if (!parsed.success) return { ok: false, error: { code: 'BAD_INPUT', message: describeInvalidInput(parsed.error) } };
  try {
    // while 现场测评 holds the app, only the kiosk's own channels are answered (shared/contract/kiosk-allow-list.ts)
    const refusal = kioskRefusal(ctx.db, channelName, parsed.data);
    if (refusal) return { ok: false, error: refusal };
    // the map names the services themselves (ARCHITECTURE §3), so a handler is the service: (ctx, input)
    const handler = handlers[channelName] as (ctx: AppContext, input: unknown) => unknown;
    const value = await handler(ctx, parsed.data);
    if (process.env.KAOPING_CHECK_OUTPUT === '1') {
      // Tests turn this on so a service that drifts from the contract fails loudly.
      const checked = spec.output.safeParse(value);
      if (!checked.success) throw new Error(`output of ${channelName} breaks the contract: ${checked.error.message}`);
    }
    return { ok: true, value: value ?? null };
  } catch (thrown) {
    // a write the year-lock triggers refused (db/year-lock.ts) reads like any other refusal
    const error = fromYearLockAbort(thrown);
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    console.error(`[kaoping] ${channelName} failed`, error);
    return { ok: false, error: { code: 'INTERNAL', message: `操作失败：${(error as Error)?.message ?? String(error)}` } };
  }
}
