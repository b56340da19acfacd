import { insertUnit } from '../../../db/units';
import { demoOrganisation, type DemoUnit } from './org-data';
import type { DemoStep } from './steps';

/** Walks the demo tree parent first, so every unit exists before its children and people. */
export function walkDemoUnits(visit: (unit: DemoUnit, path: string, parentPath: string | null) => void): void {
  const walk = (unit: DemoUnit, parentPath: string | null) => {
    const path = parentPath == null ? unit.name : `${parentPath}/${unit.name}`;
    visit(unit, path, parentPath);
    for (const child of unit.children ?? []) walk(child, path);
  };
  walk(demoOrganisation, null);
}

export const demoUnitsStep: DemoStep = {
  label: '单位',
  run(env) {
    walkDemoUnits((unit, path, parentPath) => {
      env.unitIds.set(path, insertUnit(env.db, unit.name, parentPath == null ? null : env.unitIds.get(parentPath)!, env.now));
    });
    return `${env.unitIds.size} 个单位`;
  },
};
