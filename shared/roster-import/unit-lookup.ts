/**
 * Finding the unit a roster row names. A plain name (办公室) matches a unit of that name anywhere
 * in the tree; when several units share it the row must say which, as a path (机关/办公室). A
 * name that matches nothing is a new unit, created on import: at the top level, or under the
 * deepest existing unit its path names.
 */

export interface UnitRef {
  readonly id: number;
  readonly name: string;
  readonly parentId: number | null;
}

export type UnitTarget =
  | { readonly kind: 'existing'; readonly unitId: number; readonly label: string }
  /** `create` are the names to create, top-down, under `parentId` */
  | { readonly kind: 'new'; readonly parentId: number | null; readonly create: readonly string[]; readonly label: string }
  | { readonly kind: 'ambiguous'; readonly message: string; readonly label: string };

export const unitPathSeparator = '/';

export interface UnitLookup {
  resolve(written: string): UnitTarget;
  /** 机关/办公室 for a stored unit, for messages */
  pathOf(unitId: number): string;
}

export function createUnitLookup(units: readonly UnitRef[]): UnitLookup {
  const byId = new Map(units.map((u) => [u.id, u]));
  const byName = new Map<string, UnitRef[]>();
  for (const u of units) {
    const list = byName.get(u.name);
    if (list) list.push(u);
    else byName.set(u.name, [u]);
  }
  const paths = new Map<number, string>();
  const pathOf = (id: number): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const names: string[] = [];
    const seen = new Set<number>();
    for (let u = byId.get(id); u && !seen.has(u.id); u = u.parentId == null ? undefined : byId.get(u.parentId)) {
      seen.add(u.id);
      names.unshift(u.name);
    }
    const path = names.join(unitPathSeparator);
    paths.set(id, path);
    return path;
  };

  /** Stored units whose name is the last segment and whose ancestors end with the other segments. */
  const matching = (segments: readonly string[]): UnitRef[] => {
    const last = segments[segments.length - 1]!;
    return (byName.get(last) ?? []).filter((u) => {
      let parentId = u.parentId;
      for (let i = segments.length - 2; i >= 0; i--) {
        const parent = parentId == null ? undefined : byId.get(parentId);
        if (!parent || parent.name !== segments[i]) return false;
        parentId = parent.parentId;
      }
      return true;
    });
  };

  const cache = new Map<string, UnitTarget>();
  const resolve = (written: string): UnitTarget => {
    const cached = cache.get(written);
    if (cached) return cached;
    const segments = written.split(unitPathSeparator).map((s) => s.trim()).filter(Boolean);
    const label = segments.join(unitPathSeparator);
    let target: UnitTarget;
    const found = matching(segments);
    if (found.length === 1) target = { kind: 'existing', unitId: found[0]!.id, label };
    else if (found.length > 1) {
      target = {
        kind: 'ambiguous',
        label,
        message: `单位「${label}」在系统中有${found.length}个（${found.map((u) => pathOf(u.id)).join('、')}），请写出上级单位，例如「${pathOf(found[0]!.id)}」`,
      };
    } else {
      // The deepest existing ancestor the path names; what follows it is created.
      target = { kind: 'new', parentId: null, create: segments, label };
      for (let k = segments.length - 1; k >= 1; k--) {
        const parent = resolve(segments.slice(0, k).join(unitPathSeparator));
        if (parent.kind === 'existing') {
          target = { kind: 'new', parentId: parent.unitId, create: segments.slice(k), label };
          break;
        }
        if (parent.kind === 'ambiguous') {
          target = { ...parent, label };
          break;
        }
      }
    }
    cache.set(written, target);
    return target;
  };
  return { resolve, pathOf };
}

/** Whether a unit's path (机关/办公室) ends with what a row wrote (办公室, or 机关/办公室). */
export function pathEndsWith(path: string, written: string): boolean {
  const have = path.split(unitPathSeparator);
  const want = written.split(unitPathSeparator);
  if (want.length > have.length) return false;
  return want.every((segment, i) => have[have.length - want.length + i] === segment);
}
