import type { ChannelOutput, ParsedInput } from '../../../shared/contract';
import type { Unit } from '../../../shared/domain';
import { listUnitRows } from '../../../db/units';
import type { AppContext } from '../../context';
import { writeRosterWorkbook } from './roster-workbook';
import { dayText, paperDayText } from '../../../shared/date-text';
import { searchPeople } from './people';


/** The top-level unit a unit belongs to (the office that signs the form). */
function rootOf(units: readonly Unit[], unitId: number | undefined): Unit | undefined {
  const byId = new Map(units.map((u) => [u.id, u]));
  let unit = unitId == null ? undefined : byId.get(unitId);
  for (let guard = 0; unit?.parentId != null && guard < units.length; guard++) unit = byId.get(unit.parentId);
  return unit ?? units.find((u) => u.parentId == null);
}

/**
 * 人员花名册 .xlsx of the people the query matches (the same query and order as the people table).
 * Title: the given unitTitle, else the chosen unit, else the top unit; 填报单位 is the top unit.
 */
export async function exportRoster(ctx: AppContext, input: ParsedInput<'roster.export'>): Promise<ChannelOutput<'roster.export'>> {
  const now = ctx.now();
  const { unitTitle, ...query } = input;
  const { rows } = searchPeople(ctx, query);
  const units = listUnitRows(ctx.db);
  const office = rootOf(units, query.unitId)?.name ?? '';
  const chosen = query.unitId == null ? undefined : units.find((u) => u.id === query.unitId)?.name;
  const titleUnit = unitTitle?.trim() || chosen || office;
  const bytes = await writeRosterWorkbook({
    title: `${titleUnit}人员花名册`,
    unitName: office,
    dateText: paperDayText(now),
    people: rows,
  });
  return { fileName: `人员花名册-${dayText(now)}.xlsx`, bytes };
}
