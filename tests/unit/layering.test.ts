import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The layering rules of ARCHITECTURE §2 are lint rules; prove each one bites. They need no types, and the
// snippets are not in any tsconfig, so the type-aware rules are left out here.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });
const restricted = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result!.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
};

describe('layering', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;"],
    ['shared/x.ts', "import { openDatabase } from '../db/open';\nexport const a = openDatabase;"],
    ['renderer/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;"],
    ['renderer/x.ts', "import { handlers } from '../electron/handlers';\nexport const a = handlers;"],
    ['electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['db/x.ts', "import ExcelJS from 'exceljs';\nexport const a = ExcelJS;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restricted(file, code)).not.toHaveLength(0);
  });

  it.each([
    ['electron/main.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/services/x.ts', "import { openDatabase } from '../../db/open';\nexport const a = openDatabase;"],
    ['renderer/x.ts', "import { contract } from '../shared/contract';\nexport const a = contract;"],
  ])('%s may: %s', async (file, code) => {
    expect(await restricted(file, code)).toHaveLength(0);
  });
});
