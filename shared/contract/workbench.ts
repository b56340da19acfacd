import { z } from 'zod';
import { channel } from './channel';
import { workbenchOverview } from '../workbench';

const year = z.number().int().min(2000).max(2100);

/** 工作台 (ARCHITECTURE §2.1): where the year's work stands, step by step, with where to go next. */
export const workbenchChannels = {
  'workbench.overview': channel(z.object({ year }), workbenchOverview),
};
