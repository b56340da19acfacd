import { z } from 'zod';
import { channel, nothing, outgoingFile } from './channel';
import { isoDate, person, personFields, personStatuses } from '../domain';

export const personRow = person;
export type PersonRow = z.infer<typeof personRow>;

export const peopleQuery = z.object({
  /** matches 姓名, 身份证号, 人员编号, 职务 (substring, case-insensitive) */
  text: z.string().max(100).optional(),
  unitId: z.number().int().optional(),
  /** with unitId: include people of sub-units */
  includeSubunits: z.boolean().optional(),
  category: z.string().optional(),
  political: z.string().optional(),
  isLeader: z.boolean().optional(),
  /** 职级, exactly as the roster has it (e.g. 正科级) */
  rank: z.string().max(40).optional(),
  /** default: 在职 only */
  status: z.enum([...personStatuses, '全部']).optional(),
});
export type PeopleQuery = z.infer<typeof peopleQuery>;

export const peopleChannels = {
  'people.search': channel(peopleQuery, z.object({ rows: z.array(personRow), total: z.number().int() })),
  'people.create': channel(personFields, person),
  'people.update': channel(personFields.extend({ id: z.number().int() }), person),
  'people.move': channel(z.object({ ids: z.array(z.number().int()).min(1), unitId: z.number().int() }), nothing),
  /** mark 调离/退休 with a date, or back to 在职 */
  'people.setStatus': channel(z.object({ ids: z.array(z.number().int()).min(1), status: z.enum(personStatuses), date: isoDate.nullable() }), nothing),
  /** only for people without assessment data; the others are marked 调离/退休 instead */
  'people.delete': channel(z.object({ id: z.number().int() }), nothing),
  /** the vocabularies the forms offer (政治面貌, 人员类别, 学历), editable data */
  /** ranks: the 职级 the 在职 people have, for the pickers' 职级 filter */
  'people.vocabularies': channel(z.object({}).default({}), z.object({ political: z.array(z.string()), category: z.array(z.string()), education: z.array(z.string()), ranks: z.array(z.string()) })),
  /** 人员花名册 .xlsx of the people matching the query */
  'roster.export': channel(peopleQuery.extend({ unitTitle: z.string().max(60).optional() }), outgoingFile),
};
