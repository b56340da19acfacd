import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { App } from 'antd';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { ApiError, invoke, type InputArgs } from '../api';

/**
 * The one data layer of the renderer: TanStack Query over api.ts. Queries are keyed by channel and
 * input; every write invalidates all queries, because a change to people moves unit counts, the
 * first-run flag and the audit log at once, and only the queries on screen refetch.
 */

/**
 * Inside these generic hooks TypeScript cannot pick a branch of InputArgs<C>, so the one input is
 * passed on as its arguments here; the hooks' own signatures keep the check for their callers.
 */
const argsOf = <C extends ChannelName>(input: ChannelInput<C> | undefined) => [input] as InputArgs<C>;

type QueryOptions<C extends ChannelName> = Omit<UseQueryOptions<ChannelOutput<C>, Error>, 'queryKey' | 'queryFn'>;

/** The service's Chinese message as is; anything else gets a plain sentence. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作未能完成，请重试；如仍失败，请重新启动程序。';
}

/** A read, keyed by channel and input; the input may be left out only where the channel needs none. */
export function useChannelQuery<C extends ChannelName>(channel: C, ...args: InputArgs<C, [options?: QueryOptions<C>]>) {
  const [input, options] = args as [ChannelInput<C> | undefined, QueryOptions<C> | undefined];
  return useQuery<ChannelOutput<C>, Error>({
    queryKey: [channel, input ?? {}],
    queryFn: () => invoke(channel, ...argsOf<C>(input)),
    ...options,
  });
}

export interface WriteOptions<C extends ChannelName> {
  /** shown after success, e.g. 「已保存」 */
  readonly success?: string | ((output: ChannelOutput<C>) => string);
  /** false: the caller shows errors itself (e.g. inside a form) */
  readonly showError?: boolean;
}

export function useChannelMutation<C extends ChannelName>(channel: C, options: WriteOptions<C> = {}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => invoke(channel, ...argsOf<C>(input)),
    onSuccess: async (output) => {
      await queryClient.invalidateQueries();
      const text = typeof options.success === 'function' ? options.success(output) : options.success;
      if (text) void message.success(text);
    },
    onError: (error) => {
      if (options.showError !== false) void message.error(errorText(error), 6);
    },
  });
}
