import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPersonRow } from '../../db/people/people';
import { insertUnit } from '../../db/units/units';
import { searchPeople } from '../../electron/services/people/people';
import type { PeopleQuery } from '../../shared/contract/people';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { makeIdNumber, personInput } from '../helpers/people-input';

/**
 * people.search over 10,000 people finds the right people with every filter, and sees a change at
 * once. How fast (issue 2's budget, < 50 ms) is measured by `npm run bench` (tests/bench/roster-bench.ts).
 */
const peopleCount = 10_000;

let app: TestApp;
let topUnit: number;
let someDept: number;

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const given = '建国明华丽娟志强海燕晓峰雪梅永刚立平文涛红霞冬梅光明慧敏振宇雅琴国强卫东静平永强丽华明辉晓丽春燕秀英海波晓琳文静永生立伟琳志斌晓菲海龙丽萍志远晓晨敏建勇雯国平晓梅家豪';
const posts = ['科员', '副科长', '科长', '一级主任科员', '四级调研员', '工程师', '办事员', '所长'];

beforeAll(async () => {
  app = await createTestApp();
  const db = app.ctx.db;
  db.transaction(() => {
    topUnit = insertUnit(db, '某市国防动员办公室', null);
    const leaves: number[] = [];
    for (let d = 0; d < 10; d++) {
      const dept = insertUnit(db, `部门${d + 1}`, topUnit);
      if (d === 3) someDept = dept;
      for (let s = 0; s < 5; s++) leaves.push(insertUnit(db, `科室${s + 1}`, dept));
    }
    for (let i = 0; i < peopleCount; i++) {
      const name = surnames[i % surnames.length]! + given.slice((i * 2) % (given.length - 1), ((i * 2) % (given.length - 1)) + 2);
      const birth = `19${60 + (i % 40)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
      insertPersonRow(db, personInput(leaves[i % leaves.length]!, {
        name, idNumber: makeIdNumber('420302', birth, String(i % 1000).padStart(3, '0')),
        staffNo: `GD${String(i).padStart(5, '0')}`, post: posts[i % posts.length]!, political: i % 3 ? '中共党员' : '群众',
        category: i % 4 ? '公务员' : '事业', isLeader: i % 97 === 0,
        // Every column a real roster fills, so the rows weigh what real ones do.
        gender: i % 2 ? '男' : '女', birth: `${birth.slice(0, 4)}.${birth.slice(4, 6)}`, rank: '一级主任科员', postSince: '2019.06',
        hireDate: '2005-07-01', note: i % 10 ? null : '借调至市委办',
      }) as Parameters<typeof insertPersonRow>[1]);
    }
  })();
});
afterAll(() => app.close());

describe(`people.search over ${peopleCount} people`, () => {
  const cases: [string, () => PeopleQuery, (total: number) => void][] = [
    ['everyone, nothing changed since the last search', () => ({}), (t) => expect(t).toBe(peopleCount)],
    ['by name', () => ({ text: '王' }), (t) => expect(t).toBeGreaterThan(50)],
    ['by ID number digits', () => ({ text: '19851' }), (t) => expect(t).toBeGreaterThan(0)],
    ['by 人员编号', () => ({ text: 'GD0999' }), (t) => expect(t).toBe(10)],
    ['by unit with sub-units and filters', () => ({ unitId: someDept, includeSubunits: true, category: '公务员', political: '中共党员' }), (t) => expect(t).toBeGreaterThan(100)],
    ['全部 statuses by 职务', () => ({ text: '科长', status: '全部' }), (t) => expect(t).toBeGreaterThan(1000)],
  ];
  for (const [label, query, checkTotal] of cases) {
    it(`answers ${label}`, () => {
      checkTotal(searchPeople(app.ctx, query()).total);
    });
  }

  it('reads the table afresh after a change: everyone, each time', () => {
    for (let i = 0; i < 3; i++) {
      app.ctx.db.prepare(`INSERT OR REPLACE INTO settings (key, value_json) VALUES ('volumeTest', ?)`).run(String(i));
      expect(searchPeople(app.ctx, {}).total).toBe(peopleCount);
    }
  });

  it('sees a change made since the last search', async () => {
    const [first] = searchPeople(app.ctx, { text: 'GD00001' }).rows;
    await app.call('people.update', { ...personInput(first!.unitId), ...first!, post: '性能测试岗' });
    expect(searchPeople(app.ctx, { text: '性能测试岗' }).rows.map((p) => p.id)).toEqual([first!.id]);
  });
});
