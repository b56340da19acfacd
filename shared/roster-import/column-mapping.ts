import { rosterFieldLabels, type RosterFieldKey } from '../domain';
import { autoMapColumns, normalizeHeader } from './column-aliases';
import { skipReason } from './row-skipping';
import { cellText, isBlankCell, type SheetGrid } from './sheet-grid';
import { cleanCell } from '../normalize';

/**
 * The columns of a sheet under a chosen header row: header text, the field each maps to, a few
 * sample values for the mapping screen, and the user's corrections applied on top.
 */

export interface ColumnView {
  readonly index: number;
  readonly header: string;
  readonly field: RosterFieldKey | null;
  readonly samples: string[];
}

/** The header row's texts, cleaned; as many as the widest row under it. */
export function headerTexts(grid: SheetGrid, headerRow: number): string[] {
  let width = 0;
  for (let i = headerRow - 1; i < grid.rows.length; i++) width = Math.max(width, grid.rows[i]?.length ?? 0);
  const cells = grid.rows[headerRow - 1] ?? [];
  return Array.from({ length: width }, (_v, i) => cleanCell(cellText(cells[i] ?? null)));
}

export function autoMapping(grid: SheetGrid, headerRow: number): (RosterFieldKey | null)[] {
  return autoMapColumns(headerTexts(grid, headerRow));
}

const sampleCount = 3;
/** Samples come from the first rows under the header; an empty column is not searched to the end. */
const sampleScanRows = 200;

export function columnViews(grid: SheetGrid, headerRow: number, mapping: readonly (RosterFieldKey | null)[]): ColumnView[] {
  const headers = headerTexts(grid, headerRow);
  const views = headers.map((header, index): ColumnView => ({ index, header, field: mapping[index] ?? null, samples: [] }));
  const skip = { nameColumn: mapping.includes('name') ? mapping.indexOf('name') : undefined, headers: headers.map(normalizeHeader) };
  let missing = views.length;
  const last = Math.min(grid.rows.length, headerRow + sampleScanRows);
  for (let r = headerRow; r < last && missing > 0; r++) {
    const row = grid.rows[r] ?? [];
    // Samples come from people's rows, not from a column-number row or a 合计 line.
    if (skipReason(row, skip)) continue;
    for (let c = 0; c < views.length; c++) {
      const v = views[c]!;
      if (v.samples.length >= sampleCount || isBlankCell(row[c])) continue;
      v.samples.push(cleanCell(cellText(row[c] ?? null)));
      if (v.samples.length === sampleCount) missing--;
    }
  }
  return views;
}

export type MappingResult = { readonly ok: true; readonly mapping: (RosterFieldKey | null)[] } | { readonly ok: false; readonly message: string };

/**
 * The user's corrections (column index -> field, null = ignore) over a mapping. A field the user
 * gives to a column is taken away from any column they did not touch, so moving 单位/科室 from
 * 单位 to 科室 needs one change, not two. Two columns the user maps to one field is an error.
 */
export function applyMappingOverrides(
  base: readonly (RosterFieldKey | null)[],
  overrides: Readonly<Record<string, RosterFieldKey | null>>,
  headers: readonly string[],
): MappingResult {
  const mapping = [...base];
  const touched = new Set<number>();
  for (const [key, field] of Object.entries(overrides)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= mapping.length) {
      return { ok: false, message: `列对应有误：第${index + 1}列不存在（表头共${mapping.length}列）` };
    }
    touched.add(index);
    mapping[index] = field;
  }
  const owners = new Map<RosterFieldKey, number>();
  for (const index of touched) {
    const field = mapping[index];
    if (!field) continue;
    const other = owners.get(field);
    if (other !== undefined) {
      const name = (i: number) => `第${i + 1}列「${headers[i] || '无表头'}」`;
      return { ok: false, message: `${name(other)}和${name(index)}都对应了「${rosterFieldLabels[field]}」，一个项目只能对应一列` };
    }
    owners.set(field, index);
  }
  mapping.forEach((field, index) => {
    if (field && !touched.has(index) && owners.has(field)) mapping[index] = null;
  });
  return { ok: true, mapping };
}
