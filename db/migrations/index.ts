import { migration001 } from './001-initial';
import { migration002 } from './002-evaluation';
import { migration003 } from './003-stars';
import { migration004 } from './004-annual';
import { migration011 } from './011-audit-detail';
import type { Migration } from './types';

/** Shipped migrations are never edited; add a new numbered file instead. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration011];
export const latestVersion = migrations.length;
