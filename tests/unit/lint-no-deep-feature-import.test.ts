import path from 'node:path';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../eslint-rules/no-deep-feature-import.mjs';

// RuleTester runs its cases through the test framework's describe/it.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const at = (file: string) => path.join(process.cwd(), file);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' } });

tester.run('no-deep-feature-import', rule, {
  valid: [
    // another feature through its index
    { filename: at('db/annual/composite.ts'), code: "import { readReviewHeads } from '../stars';" },
    { filename: at('db/annual/composite.ts'), code: "import { readReviewHeads } from '../stars/index';" },
    // inside the same feature folder, and the same feature in another layer
    { filename: at('db/stars/board.ts'), code: "import { targetColumn } from './reviews';" },
    { filename: at('electron/services/stars/board.ts'), code: "import { readReviewHeads } from '../../../db/stars/board';" },
    { filename: at('renderer/pages/annual/items/ItemsPage.tsx'), code: "import { useSelectedYear } from '../common/use-selected-year';" },
    { filename: at('renderer/pages/annual/composite/CompositePage.tsx'), code: "import type { CompositeRow } from '../../../../shared/annual/views';" },
    // core modules and the contract are free for everyone
    { filename: at('db/annual/composite.ts'), code: "import { prepared } from '../prepared';" },
    { filename: at('electron/services/annual/lock.ts'), code: "import type { Db } from '../../../db/open';" },
    { filename: at('electron/services/annual/lock.ts'), code: "import { contract } from '../../../shared/contract/annual';" },
    { filename: at('electron/services/annual/lock.ts'), code: "import { migrations } from '../../../db/migrations/index';" },
    // packages are not paths
    { filename: at('renderer/pages/annual/items/ItemsPage.tsx'), code: "import { Button } from 'antd';" },
  ],
  invalid: [
    { filename: at('db/annual/composite.ts'), code: "import { readReviewHeads } from '../stars/board';", errors: [{ messageId: 'deep' }] },
    { filename: at('electron/services/annual/items.ts'), code: "import { unitsInTreeOrder } from '../../../db/units/tree-order';", errors: [{ messageId: 'deep' }] },
    { filename: at('electron/services/annual/export.ts'), code: "export { componentCell } from '../reports/materials-sheet-common';", errors: [{ messageId: 'deep' }] },
    { filename: at('electron/services/roster-import/roster-import.ts'), code: "import { readTable } from '../../excel/read/read-table';", errors: [{ messageId: 'deep' }] },
    { filename: at('shared/annual/composite.ts'), code: "import { round2 } from '../numbers/rounding';", errors: [{ messageId: 'deep' }] },
    { filename: at('renderer/pages/reports/ReportsPage.tsx'), code: "import { useSelectedYear } from '../annual/common/use-selected-year';", errors: [{ messageId: 'deep' }] },
    { filename: at('renderer/pages/reports/ReportsPage.tsx'), code: "const page = () => import('../annual/composite/CompositePage');", errors: [{ messageId: 'deep' }] },
    // files outside any feature (the shell, the handlers) use the index too
    { filename: at('renderer/shell/routes.tsx'), code: "import { annualRoutes } from '../pages/annual/annual-routes';", errors: [{ messageId: 'deep' }] },
    { filename: at('electron/handlers.ts'), code: "import { lockYear } from './services/annual/lock';", errors: [{ messageId: 'deep' }] },
  ],
});

// The snippets are in no tsconfig and these rules need no types: lint them without the type-aware rules.
describe('the deep-import message', () => {
  it('names the index to import instead', async () => {
    const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });
    const [result] = await eslint.lintText("import { readReviewHeads } from '../stars/board';\nexport const a = readReviewHeads;", { filePath: 'db/annual/x.ts' });
    const messages = result!.messages.filter((m) => m.ruleId === 'kaoping/no-deep-feature-import').map((m) => m.message);
    expect(messages).toEqual(["'../stars/board' reaches inside the stars feature (db/stars/). Import the feature's index ('../stars') instead, and export what you need from it."]);
  });
});

describe('database calls stay in db/', () => {
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });
  const dbCalls = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax' && m.message.startsWith('SQL stays in db/'));
  };
  const db = "import type { Db } from '../../../db/open';\n";

  it.each([
    ['electron/services/annual/x.ts', `${db}export const f = (db: Db) => db.prepare('SELECT 1').get();`],
    ['electron/services/annual/x.ts', `${db}export const f = (ctx: { db: Db }) => ctx.db.prepare('SELECT 1').get();`],
    ['electron/services/backup/x.ts', `${db}export const f = (db: Db) => db.pragma('integrity_check');`],
    ['electron/services/demo/x.ts', `${db}export const f = (db: Db) => db.exec('DELETE FROM units');`],
    ['electron/x.ts', "import type { Db } from '../db/open';\nexport const f = (ctx: { db: Db }) => ctx.db.exec('VACUUM');"],
    ['shared/x.ts', "export const f = (db: { prepare(s: string): unknown }) => db.prepare('SELECT 1');"],
    ['renderer/x.ts', "export const f = (db: { pragma(s: string): unknown }) => db.pragma('user_version');"],
  ])('%s may not call the database: %s', async (file, code) => {
    expect(await dbCalls(file, code)).toHaveLength(1);
  });

  it.each([
    ['db/annual/x.ts', "import type { Db } from '../open';\nexport const f = (db: Db) => { db.exec('VACUUM'); return db.prepare('SELECT 1').get(); };"],
    ['electron/services/annual/x.ts', `${db}export const f = (db: Db, run: () => void) => db.transaction(run)();`],
    ['shared/x.ts', "export const f = (s: string) => /^(\\d+)$/.exec(s);"],
    ['shared/x.ts', "const day = /^(\\d+)$/;\nexport const f = (s: string) => day.exec(s);"],
    ['tests/x.test.ts', "import type { Db } from '../db/open';\nexport const f = (db: Db) => db.prepare('SELECT 1').get();"],
  ])('%s may: %s', async (file, code) => {
    expect(await dbCalls(file, code)).toHaveLength(0);
  });
});
