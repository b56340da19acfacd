import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../electron/dispatch';
import { handlers, type Handlers } from '../../electron/handlers';
import type { AppContext } from '../../electron/context';
import { AppError } from '../../shared/errors';

// dispatch asks the settings for a 现场测评 session first: this stand-in database has none
const ctx = { db: { prepare: () => ({ get: () => undefined }) } } as unknown as AppContext;
const withGet = (get: Handlers['evaluation.get']): Handlers => ({ ...handlers, 'evaluation.get': get });

describe('dispatch', () => {
  it('validates input before the service runs', async () => {
    const get = vi.fn();
    const r = await dispatch(withGet(get), ctx, 'evaluation.get', { id: 1.5 });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(get).not.toHaveBeenCalled();
  });

  it('calls the service with the context first and the parsed input second', async () => {
    const cancel = vi.fn<Handlers['jobs.cancel']>(() => null);
    const r = await dispatch({ ...handlers, 'jobs.cancel': cancel }, ctx, 'jobs.cancel', { jobId: 'export-1', stray: true });
    expect(r).toEqual({ ok: true, value: null });
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(cancel.mock.calls[0]![0]).toBe(ctx);
    // the parsed input: unknown keys are stripped by the schema
    expect(cancel.mock.calls[0]![1]).toEqual({ jobId: 'export-1' });
  });

  it('passes an AppError through with its Chinese message', async () => {
    const r = await dispatch(withGet(() => { throw new AppError('EVALUATION_NOT_FOUND', '找不到该测评'); }), ctx, 'evaluation.get', { id: 1 });
    expect(r).toEqual({ ok: false, error: { code: 'EVALUATION_NOT_FOUND', message: '找不到该测评', details: undefined } });
  });

  it('wraps an unexpected failure as INTERNAL', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await dispatch(withGet(() => { throw new TypeError('boom'); }), ctx, 'evaluation.get', { id: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    spy.mockRestore();
  });

  it('refuses a channel outside the contract, including prototype names', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(handlers, ctx, name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('catches output that breaks the contract when checking is on', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await dispatch(withGet(() => ({ id: 'x' }) as never), ctx, 'evaluation.get', { id: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    spy.mockRestore();
  });
});
