import { z } from 'zod';
import { channel, noInput, nothing } from './channel';
import { unit } from '../domain';

const unitName = z.string().trim().min(1, '单位名称不能为空').max(60, '单位名称不超过60个字');

export const unitChannels = {
  'units.list': channel(noInput, z.array(unit)),
  'units.create': channel(z.object({ name: unitName, parentId: z.number().int().nullable() }), unit),
  /** rename and/or move under another parent (null = top level) */
  'units.update': channel(z.object({ id: z.number().int(), name: unitName.optional(), parentId: z.number().int().nullable().optional() }), unit),
  /** new order of the children of one parent */
  'units.reorder': channel(z.object({ parentId: z.number().int().nullable(), orderedIds: z.array(z.number().int()) }), nothing),
  /** refused while the unit has people or sub-units */
  'units.delete': channel(z.object({ id: z.number().int() }), nothing),
};
