import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The promise and hooks rules of ARCHITECTURE §8 stay in the config: each snippet breaks one and must fail.
// The snippets are not on disk, so their types come from a one-file program with the options of
// tsconfig.eslint.json; the rules and the folders they cover are the repo's own.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: {
      parserOptions: { project: null, projectService: { allowDefaultProject: ['electron/services/*.ts', 'renderer/pages/*.tsx'], defaultProject: 'tsconfig.eslint.json' } },
    },
  },
});
const ruleIds = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  expect(result!.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
  return result!.messages.map((m) => m.ruleId);
};

const save = 'export async function save(): Promise<void> {}\n';

describe('promise and hooks lint rules', () => {
  it('a promise nobody awaits is an error in a service', async () => {
    expect(await ruleIds('electron/services/lint-probe.ts', `${save}export function run(): void {\n  save();\n}\n`)).toContain('@typescript-eslint/no-floating-promises');
    expect(await ruleIds('electron/services/lint-probe.ts', `${save}export async function run(): Promise<void> {\n  await save();\n}\n`)).toEqual([]);
  });

  it('an async click handler is an error in a page', async () => {
    const page = (handler: string) => `${save}export function Page() {\n  return <button onClick={${handler}}>保存</button>;\n}\n`;
    expect(await ruleIds('renderer/pages/lint-probe.tsx', page('async () => { await save(); }'))).toContain('@typescript-eslint/no-misused-promises');
    expect(await ruleIds('renderer/pages/lint-probe.tsx', page('() => void save()'))).toEqual([]);
  });

  it('a hook called conditionally, or with a missing dependency, is an error in a page', async () => {
    const page = (body: string) => `import * as React from 'react';\nexport function Page({ open, id }: { open: boolean; id: number }) {\n${body}\n  return null;\n}\n`;
    expect(await ruleIds('renderer/pages/lint-probe.tsx', page('  if (open) React.useState(0);'))).toContain('react-hooks/rules-of-hooks');
    expect(await ruleIds('renderer/pages/lint-probe.tsx', page('  React.useEffect(() => {\n    if (open) console.info(id);\n  }, [open]);'))).toContain('react-hooks/exhaustive-deps');
    expect(await ruleIds('renderer/pages/lint-probe.tsx', page('  React.useEffect(() => {\n    if (open) console.info(id);\n  }, [open, id]);'))).toEqual([]);
  });
});
