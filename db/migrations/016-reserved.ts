import type { Migration } from './types';

/**
 * Placeholder for migration 016, reserved for another branch of this session: it keeps the chain
 * consecutive (db/migrate.ts) on this branch. The lead replaces it with the real migration on merge.
 */
export const migration016: Migration = { version: 16, name: 'reserved-016', sql: 'SELECT 1;' };
