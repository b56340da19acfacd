import type { Unit } from '../../shared/domain';

export interface UnitNode {
  readonly unit: Unit;
  readonly children: UnitNode[];
  /** 在职 people in this unit and all its sub-units */
  readonly totalPeople: number;
  readonly depth: number;
}

const byOrder = (a: Unit, b: Unit) => a.sortOrder - b.sortOrder || a.id - b.id;

/** Builds the unit forest from the flat list; orphans (parent missing) are shown at the top. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<number | null, Unit[]>();
  for (const u of units) {
    const parent = u.parentId != null && ids.has(u.parentId) ? u.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(u);
    childrenOf.set(parent, list);
  }
  const build = (parent: number | null, depth: number): UnitNode[] =>
    (childrenOf.get(parent) ?? []).sort(byOrder).map((unit) => {
      const children = build(unit.id, depth + 1);
      return { unit, children, depth, totalPeople: unit.peopleCount + children.reduce((s, c) => s + c.totalPeople, 0) };
    });
  return build(null, 0);
}

/** Depth-first list, in display order. */
export function flattenUnitTree(nodes: readonly UnitNode[]): UnitNode[] {
  return nodes.flatMap((n) => [n, ...flattenUnitTree(n.children)]);
}

/** The ids of a unit and everything below it (a unit cannot move under itself). */
export function descendantIds(nodes: readonly UnitNode[], id: number): Set<number> {
  const found = flattenUnitTree(nodes).find((n) => n.unit.id === id);
  return new Set(found ? flattenUnitTree([found]).map((n) => n.unit.id) : []);
}

/** The full path of a unit, e.g. 「国防动员办公室 / 人防科」. */
export function unitPath(units: readonly Unit[], id: number): string {
  const byId = new Map(units.map((u) => [u.id, u]));
  const names: string[] = [];
  let current = byId.get(id);
  const seen = new Set<number>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId == null ? undefined : byId.get(current.parentId);
  }
  return names.join(' / ');
}
