import type { Db } from './open';
import { prepared } from './prepared';

/** The roster fields of the 年度考核结果汇总表 that the participant records do not carry. */
export interface MaterialsPersonFields {
  /** YYYY.MM */
  readonly birth: string | null;
  readonly political: string | null;
}

/** person id -> 出生年月 and 政治面貌 of every participant of the year. */
export function readMaterialsPeople(db: Db, year: number): Map<number, MaterialsPersonFields> {
  const rows = prepared(
    db,
    `SELECT x.id, x.birth, x.political FROM annual_participants a JOIN people x ON x.id = a.person_id WHERE a.year = ?`,
  ).raw().all(year) as [number, string | null, string | null][];
  return new Map(rows.map(([id, birth, political]) => [id, { birth, political }]));
}
