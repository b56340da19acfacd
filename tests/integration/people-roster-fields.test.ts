import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { auditRows, personInput, refusal } from '../helpers/people-input';

/** 民族, 籍贯, 学历, 参加工作时间, 入党时间 through the person form's channels (people.create / people.update). */
let app: TestApp;
let office: number;
beforeEach(async () => {
  app = await createTestApp();
  office = (await app.call('units.create', { name: '办公室', parentId: null })).id;
});
afterEach(() => app.close());

describe('the roster fields of the official forms', () => {
  it('are optional: a form without them stores nulls, as before', async () => {
    const p = await app.call('people.create', personInput(office));
    expect(p).toMatchObject({ ethnicity: null, nativePlace: null, education: null, workStart: null, partySince: null });
  });

  it('are stored cleaned (汉 -> 汉族), returned, searched, and named in the audit log when they change', async () => {
    const p = await app.call('people.create', personInput(office, {
      birth: '1985.06', ethnicity: ' 汉 ', nativePlace: ' 湖北十堰 ', education: '大学本科', workStart: '2008.07', partySince: '2010.06',
    }));
    expect(p).toMatchObject({ ethnicity: '汉族', nativePlace: '湖北十堰', education: '大学本科', workStart: '2008.07', partySince: '2010.06' });
    expect((await app.call('people.search', {})).rows[0]).toMatchObject({ ethnicity: '汉族', education: '大学本科', workStart: '2008.07' });

    const { id, unitName: _u, status: _s, statusDate: _d, ...fields } = p;
    await app.call('people.update', { ...fields, id, education: '研究生', ethnicity: '土家' });
    const last = auditRows(app).at(-1)!;
    expect(last.summary).toBe('修改人员 张三：民族、学历');
    expect(JSON.parse(last.after_json!)).toMatchObject({ ethnicity: '土家族', education: '研究生' });
    expect(JSON.parse(last.before_json!)).toMatchObject({ ethnicity: '汉族', education: '大学本科' });
  });

  it('refuses a 学历 outside the vocabulary, dates not in the YYYY.MM form, and a date not after the birth', async () => {
    expect(await refusal(app, () => app.call('people.create', personInput(office, { education: '本科' })))).toMatchObject({
      code: 'NOT_IN_VOCABULARY', message: '学历“本科”不在可选范围内（可选：研究生、大学本科、大学专科、中专、高中、初中及以下）',
    });
    expect((await refusal(app, () => app.call('people.create', personInput(office, { workStart: '2008-07' })))).message).toMatch(/年月应为 YYYY\.MM 格式/);
    expect(await refusal(app, () => app.call('people.create', personInput(office, { birth: '1990.03', partySince: '1990.03' })))).toMatchObject({
      code: 'INVALID_DATE', message: '入党时间 1990.03 不晚于出生年月 1990.03，请核对',
    });
  });
});
