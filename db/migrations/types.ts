export interface Migration {
  /** the `PRAGMA user_version` after this step; consecutive from 1 */
  readonly version: number;
  readonly name: string;
  /** applied inside the runner's transaction */
  readonly sql: string;
}
