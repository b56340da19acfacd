import { migration001 } from './001-initial';
import { migration002 } from './002-evaluation';
import { migration003 } from './003-stars';
import { migration004 } from './004-annual';
import { migration005 } from './005-ballot-slots';
import { migration006 } from './006-star-publication';
import { migration007 } from './007-audit-detail';
import { migration008 } from './008-recommendation';
import { migration009 } from './009-outcome-history';
import { migration010 } from './010-publicity-meeting';
import { migration011 } from './011-weekly';
import { migration012 } from './012-roster-fields';
import { migration013 } from './013-tasks';
import { migration014 } from './014-inspections';
import { migration015 } from './015-campaigns';
import { migration016 } from './016-unit-review';
import { migration017 } from './017-bulletins';
import { migration018 } from './018-item-sources';
import type { Migration } from './types';

/** Shipped migrations are never edited; add a new numbered file instead. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017, migration018];
export const latestVersion = migrations.length;
