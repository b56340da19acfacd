import type { Db } from '../../../db/open';
import type { AppContext } from '../../context';

/** What the demo steps share while they run, inside the one transaction of 「载入演示数据」. */
export interface DemoEnv {
  readonly db: Db;
  /**
   * the app's context, for the few steps that write through a feature's service as a user would
   * (a 通报 creating its 加减分 records); those writes keep their own audit rows
   */
  readonly ctx: AppContext;
  /** the moment of loading: dates like a recruit's 试用期 are relative to it */
  readonly now: Date;
  /** demo unit ids by path, e.g. '某市国防动员办公室/办公室' */
  readonly unitIds: Map<string, number>;
  /** demo person ids by name (names are unique in the demo) */
  readonly personIds: Map<string, number>;
}

/**
 * One part of the demo. Steps run in order; later features (述职测评, 双十星, 年度考核) append theirs
 * to `demoSteps` in demo.ts and find the people and units they need in the env.
 */
export interface DemoStep {
  /** Chinese, for the audit summary */
  readonly label: string;
  /** writes its part and returns a short Chinese count, e.g. '60 名人员' */
  run(env: DemoEnv): string;
}
