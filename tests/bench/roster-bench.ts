import ExcelJS from 'exceljs';
import { performance } from 'node:perf_hooks';
import { searchPeople } from '../../electron/services/people/people';
import { idCheckChar } from '../../shared/normalize/id-number';
import { createTestApp, waitForJob } from '../helpers/test-context';
import { report, timeBest, type Measurement } from './bench-lib';

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红文辉建国志新宇浩然晨阳海燕佳琪思远子涵梓轩欣怡';
const units = ['办公室', '综合计划科', '动员实施科', '指挥通信科', '工程科', '法规宣传科', '机关党办', '人防科', '工程管理所', '信息保障中心'];
const headers = ['序号', '姓名', '性别', '出生年月', '身份证号', '政治面貌', '单位', '职务', '职级', '任现职时间', '人员类别', '是否班子成员', '备注'];

/** `n` distinct, valid roster rows (unique ID numbers: birth date varies with i / 1000). */
export function rosterRows(n: number): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const year = 1960 + Math.floor(i / 1000) * 3 + (i % 3);
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const seq = String(i % 1000).padStart(3, '0');
    const first17 = `420302${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${seq}`;
    const gender = Number(seq[2]) % 2 ? '男' : '女';
    const name = surnames[i % surnames.length]! + given[(i * 7) % given.length]! + (i % 3 ? given[(i * 13) % given.length]! : '');
    rows.push([String(i + 1), name, gender, `${year}.${String(month).padStart(2, '0')}`, first17 + idCheckChar(first17), '中共党员', units[i % units.length]!, '科员', '一级科员', '2020.01', '公务员', '否', '']);
  }
  return rows;
}

export async function rosterXlsx(rows: string[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['人员花名册']);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function benchRoster(): Promise<Measurement[]> {
  const n = 10_000;
  const rows = rosterRows(n);
  const bytes = await rosterXlsx(rows);
  const results: Measurement[] = [];

  // Baseline: a bare exceljs read of the same file.
  const baseline = await timeBest(3, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  });
  const ours = await timeBest(3, async () => {
    const app = await createTestApp();
    try {
      const { jobId } = await app.call('roster.importStart', { fileName: 'bench.xlsx', bytes });
      const session = await waitForJob(app, 'roster-import', jobId);
      const preview = await app.call('roster.importPreview', { sessionId: session.sessionId });
      if (preview.counts.new !== n) throw new Error(`expected ${n} new rows, got ${JSON.stringify(preview.counts)}`);
      await app.call('roster.importCommit', { sessionId: session.sessionId });
    } finally {
      app.close();
    }
  });
  const limit = 1.5 * baseline + 300;
  results.push(report({ name: 'roster.import 10k×13 xlsx (parse+validate+preview+commit)', n, ms: ours, baselineMs: baseline, ratio: ours / baseline, budget: '≤ 1.5× bare exceljs read + 300 ms', ok: ours <= limit }));

  // Export: against a bare exceljs streaming write of the same rows.
  const app = await createTestApp();
  try {
    const { jobId } = await app.call('roster.importStart', { fileName: 'bench.xlsx', bytes });
    const session = await waitForJob(app, 'roster-import', jobId);
    await app.call('roster.importPreview', { sessionId: session.sessionId });
    await app.call('roster.importCommit', { sessionId: session.sessionId });

    const exportBaseline = await timeBest(3, async () => {
      const chunks: Buffer[] = [];
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      stream.on('data', (c: Buffer) => chunks.push(c));
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
      const ws = wb.addWorksheet('花名册');
      ws.addRow(headers).commit();
      for (const r of rows) ws.addRow(r).commit();
      ws.commit();
      await wb.commit();
    });
    const exportMs = await timeBest(3, () => app.call('roster.export', {}));
    results.push(report({ name: 'roster.export 10k people', n, ms: exportMs, baselineMs: exportBaseline, ratio: exportMs / exportBaseline, budget: '≤ 1.5× bare exceljs streaming write', ok: exportMs <= 1.5 * exportBaseline }));

    // Search in the service (no HTTP): a name fragment, a unit filter, an ID prefix.
    const searches = [{ text: '王' }, { text: '4203021975' }, { category: '公务员', political: '中共党员' }, {}];
    for (const q of searches) {
      const ms = await timeBest(5, () => app.call('people.search', q));
      results.push(report({ name: `people.search ${JSON.stringify(q)}`, n, ms, budget: '< 50 ms', ok: ms < 50 }));
    }
    // The first search after a change re-reads the table (db/people-search.ts): measure that too.
    let cold = Infinity;
    for (let i = 0; i < 5; i++) {
      app.ctx.db.prepare(`UPDATE people SET note = ? WHERE id = 1`).run(`bench ${i}`);
      const start = performance.now();
      await app.call('people.search', { text: '王' });
      cold = Math.min(cold, performance.now() - start);
    }
    // ... and against a bare read of the same rows in the same run (absolute times swing with the load)
    const bare = app.ctx.db.prepare(`SELECT id, name, gender, birth, id_number, staff_no, political, unit_id, post, rank, post_since, category,
      is_leader, status, status_date, hire_date, probation_end, note FROM people ORDER BY sort_order, id`).raw();
    const bareMs = await timeBest(5, () => bare.all());
    results.push(report({ name: 'people.search first after a change', n, ms: cold, budget: '< 50 ms', ok: cold < 50 }));
    let everyone = Infinity;
    for (let i = 0; i < 5; i++) {
      app.ctx.db.prepare(`UPDATE people SET note = ? WHERE id = 1`).run(`bench everyone ${i}`);
      const start = performance.now();
      searchPeople(app.ctx, {});
      everyone = Math.min(everyone, performance.now() - start);
    }
    results.push(report({ name: 'people.search everyone first after a change (service)', n, ms: everyone, baselineMs: bareMs, ratio: everyone / bareMs, budget: '≤ 1.5× a bare read of the rows + 5 ms', ok: everyone <= 1.5 * bareMs + 5 }));
  } finally {
    app.close();
  }
  return results;
}
