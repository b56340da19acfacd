import type { Migration } from './types';

/**
 * Placeholder for migration 017, reserved for another branch of this session: it keeps the chain
 * consecutive (db/migrate.ts) on this branch. The lead replaces it with the real migration on merge.
 */
export const migration017: Migration = { version: 17, name: 'reserved-017', sql: 'SELECT 1;' };
