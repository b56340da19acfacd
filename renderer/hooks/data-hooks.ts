import type { PeopleQuery } from '../../shared/contract/people';
import type { ChannelInput } from '../../shared/contract';
import { useChannelQuery } from './api-hooks';

export const useAppInfo = (options: { enabled?: boolean } = {}) => useChannelQuery('app.info', {}, options);
export const useUnits = () => useChannelQuery('units.list');
export const usePeople = (query: PeopleQuery) => useChannelQuery('people.search', query, { placeholderData: (previous) => previous });
export const useVocabularies = () => useChannelQuery('people.vocabularies', {}, { staleTime: 60_000 });
export const useAuditList = (query: ChannelInput<'audit.list'>) => useChannelQuery('audit.list', query, { placeholderData: (previous) => previous });
export const useBackups = () => useChannelQuery('backup.list');
