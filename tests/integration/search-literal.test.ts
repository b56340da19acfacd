import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIdNumber, personInput } from '../helpers/people-input';
import { createTestApp, type TestApp } from '../helpers/test-context';

/** Search boxes take the user's text literally: % and _ are characters, not wildcards. */

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

async function seed(): Promise<void> {
  const office = await app.call('units.create', { name: '某某区国防动员办公室', parentId: null });
  for (const name of ['完成率100%科', 'A_B组', '综合科', '反斜杠\\科']) await app.call('units.create', { name, parentId: office.id });
  await app.call('people.create', personInput(office.id, { name: '王建国', idNumber: makeIdNumber('420302', '19800312', '001'), post: '完成100%任务' }));
  await app.call('people.create', personInput(office.id, { name: '李秀英', idNumber: makeIdNumber('420302', '19850617', '002'), post: 'A_B岗' }));
  await app.call('people.create', personInput(office.id, { name: '赵新来', idNumber: makeIdNumber('420302', '19900101', '003'), post: 'AXB岗' }));
}

describe('操作日志 search', () => {
  it('treats %, _ and \\ literally', async () => {
    await seed();
    const summaries = async (text: string) => (await app.call('audit.list', { text })).rows.map((r) => r.summary);
    const all = (await app.call('audit.list', {})).total;
    expect(all).toBeGreaterThan(6);

    const percent = await summaries('%');
    expect(percent.length).toBeGreaterThan(0);
    expect(percent.every((s) => s.includes('%'))).toBe(true);
    const underscore = await summaries('A_B');
    expect(underscore.length).toBeGreaterThan(0);
    expect(underscore.every((s) => s.includes('A_B'))).toBe(true);
    expect((await summaries('_')).every((s) => s.includes('_'))).toBe(true);
    const backslash = await summaries('\\');
    expect(backslash.length).toBeGreaterThan(0);
    expect(backslash.every((s) => s.includes('\\'))).toBe(true);
    // and ordinary text still matches anywhere, in any ASCII case
    expect((await summaries('a_b')).length).toBe(underscore.length);
  });
});

describe('people search', () => {
  it('treats % and _ literally', async () => {
    await seed();
    const posts = async (text: string) => (await app.call('people.search', { text })).rows.map((p) => p.post);
    expect(await posts('%')).toEqual(['完成100%任务']);
    expect(await posts('A_B')).toEqual(['A_B岗']);
  });
});
