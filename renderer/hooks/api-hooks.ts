import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { App } from 'antd';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { ApiError, invoke } from '../api';

/**
 * The one data layer of the renderer: TanStack Query over api.ts. Queries are keyed by channel and
 * input; every write invalidates all queries, because a change to people moves unit counts, the
 * first-run flag and the audit log at once, and only the queries on screen refetch.
 */
export const callChannel = invoke as <C extends ChannelName>(channel: C, input?: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** The service's Chinese message as is; anything else gets a plain sentence. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作未能完成，请重试；如仍失败，请重新启动程序。';
}

export function useChannelQuery<C extends ChannelName>(
  channel: C,
  input?: ChannelInput<C>,
  options: Omit<UseQueryOptions<ChannelOutput<C>, Error>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ChannelOutput<C>, Error>({
    queryKey: [channel, input ?? {}],
    queryFn: () => callChannel(channel, input),
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
    mutationFn: (input) => callChannel(channel, input),
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
