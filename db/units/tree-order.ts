import type { Db } from '../open';

export interface UnitTreeNode { readonly id: number; readonly name: string; readonly parentId: number | null }

/** Units in tree order (parent before children, siblings by their order). Tens of units: done in JS. */
export function unitsInTreeOrder(db: Db): UnitTreeNode[] {
  const units = db.prepare('SELECT id, name, parent_id AS parentId FROM units ORDER BY sort_order, id').all() as UnitTreeNode[];
  const children = new Map<number | null, UnitTreeNode[]>();
  for (const u of units) {
    const list = children.get(u.parentId) ?? [];
    list.push(u);
    children.set(u.parentId, list);
  }
  const order: UnitTreeNode[] = [];
  const visit = (u: UnitTreeNode) => {
    order.push(u);
    for (const c of children.get(u.id) ?? []) visit(c);
  };
  for (const root of children.get(null) ?? []) visit(root);
  return order;
}
