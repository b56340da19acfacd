import { cleanCell, toHalfWidth } from '../normalize';
import { createUnitLookup, unitPathSeparator, type UnitRef } from '../roster-import';

/**
 * 牵头单位 / 配合单位 as an office writes them in a task list (DOMAIN §8.1), matched to the units of
 * 单位. Tried in turn, the first that names exactly one unit wins:
 * 1. the roster import's lookup: the name, or a path 机关/办公室;
 * 2. the name with its parents' names in front, written together: 县委办公室 for 办公室 under 县委,
 *    any number of ancestors;
 * 3. a short name: the unit (alone or with its parents' names) whose name holds the written characters
 *    in order and begins with the same one, 县委办 for 县委办公室, 组织部 for 中共某县委组织部.
 * Nothing matched, or several units equally: a message naming the text, for the preview. Units are
 * never created by a task import.
 */

export type UnitMatch = { readonly ok: true; readonly unitId: number } | { readonly ok: false; readonly message: string };

export interface UnitMatcher {
  match(written: string): UnitMatch;
  /** several units in one cell: 办公室、组织部 */
  matchList(written: string): { readonly unitIds: number[]; readonly problems: string[] };
}

const key = (text: string) => toHalfWidth(cleanCell(text)).replace(/[\s\u3000]+/g, '');

/** Whether `short` is `long` with characters left out (in order), starting alike. */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

export function createUnitMatcher(units: readonly UnitRef[]): UnitMatcher {
  const lookup = createUnitLookup(units);
  const byId = new Map(units.map((u) => [u.id, u]));
  // each unit's names with 0..n ancestors written in front
  const spellings = units.map((u) => {
    const names: string[] = [];
    let text = key(u.name);
    names.push(text);
    const seen = new Set([u.id]);
    for (let p = u.parentId == null ? undefined : byId.get(u.parentId); p && !seen.has(p.id); p = p.parentId == null ? undefined : byId.get(p.parentId)) {
      seen.add(p.id);
      text = key(p.name) + text;
      names.push(text);
    }
    return { id: u.id, names };
  });
  const cache = new Map<string, UnitMatch>();
  const several = (written: string, ids: readonly number[]): UnitMatch => ({
    ok: false,
    message: `“${written}”可能是${ids.length}个单位（${ids.slice(0, 4).map((id) => lookup.pathOf(id)).join('、')}），请写出全称或上级单位`,
  });

  const match = (raw: string): UnitMatch => {
    const written = key(raw);
    const cached = cache.get(written);
    if (cached) return cached;
    let result: UnitMatch;
    const target = lookup.resolve(written);
    if (target.kind === 'existing') result = { ok: true, unitId: target.unitId };
    else if (target.kind === 'ambiguous' && !written.includes(unitPathSeparator)) result = { ok: false, message: target.message };
    else {
      const joined = spellings.filter((s) => s.names.includes(written)).map((s) => s.id);
      const short = joined.length > 0 ? joined : spellings.filter((s) => s.names.some((n) => abbreviates(written, n))).map((s) => s.id);
      if (short.length === 1) result = { ok: true, unitId: short[0]! };
      else if (short.length > 1) result = several(written, short);
      else result = { ok: false, message: `“${written}”不是系统中的单位（请先在「单位」中建立，或写成单位的全称）` };
    }
    cache.set(written, result);
    return result;
  };

  const matchList = (raw: string) => {
    const unitIds: number[] = [];
    const problems: string[] = [];
    for (const part of key(raw).split(/[、，,；;]+/).filter(Boolean)) {
      const m = match(part);
      if (!m.ok) problems.push(m.message);
      else if (!unitIds.includes(m.unitId)) unitIds.push(m.unitId);
    }
    return { unitIds, problems };
  };
  return { match, matchList };
}
