import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-context';
import { createPersonScheme, setUpStarUnit, starRefusal, type StarUnit } from '../helpers/stars-app';

// A 1×1 PNG and a one-page PDF, as real programs write them.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('学习记录').addRow(['日期', '内容']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let app: TestApp;
let unit: StarUnit;
let schemeId: number;
const evidenceDir = () => path.join(app.dir, 'evidence');
const storedFiles = () => (fs.existsSync(evidenceDir()) ? fs.readdirSync(evidenceDir()).sort() : []);

beforeEach(async () => {
  app = await createTestApp();
  unit = await setUpStarUnit(app, 2);
  schemeId = (await createPersonScheme(app)).id;
});
afterEach(() => app.close());

const add = (fileName: string, bytes: Uint8Array, code = 'learning', targetId = unit.people[0]!) =>
  app.call('stars.addEvidence', { schemeId, period: 1, targetId, code, file: { fileName, bytes }, note: '' });

describe('佐证材料', () => {
  it('are copied into the data folder with their SHA-256 and size, listed, and opened byte for byte', async () => {
    const item = await add('学习笔记.png', png);
    expect(item).toMatchObject({ code: 'learning', fileName: '学习笔记.png', size: png.length, sha256: sha(png) });
    expect(storedFiles()).toEqual([`${sha(png)}.png`]);
    expect(fs.readFileSync(path.join(evidenceDir(), `${sha(png)}.png`))).toEqual(png);

    const sheet = await xlsxBytes();
    await add('2026年学习台账.xlsx', sheet, 'achievement');
    await add('证书.pdf', pdf, 'achievement');
    const listed = (await app.call('stars.review', { schemeId, period: 1, targetId: unit.people[0]! })).evidence;
    expect(listed.map((e) => [e.code, e.fileName, e.size, e.sha256])).toEqual([
      ['learning', '学习笔记.png', png.length, sha(png)],
      ['achievement', '2026年学习台账.xlsx', sheet.length, sha(sheet)],
      ['achievement', '证书.pdf', pdf.length, sha(pdf)],
    ]);
    const opened = await app.call('stars.openEvidence', { id: listed[1]!.id });
    expect(opened.fileName).toBe('2026年学习台账.xlsx');
    expect(Buffer.from(opened.bytes)).toEqual(Buffer.from(sheet));

    // the grid counts files per star
    const grid = await app.call('stars.grid', { schemeId, period: 1 });
    const cells = Object.fromEntries(grid.rows[0]!.cells.map((c) => [c.code, c.evidence]));
    expect([cells.learning, cells.achievement, cells.political]).toEqual([1, 2, 0]);
    const audit = app.ctx.db.prepare(`SELECT summary FROM audit_log WHERE action = 'stars.addEvidence' ORDER BY id`).all() as { summary: string }[];
    expect(audit[0]!.summary).toBe('上传佐证材料：周立新 2026年度党员干部评星第一季度“学习提升星”——学习笔记.png');
  });

  it('stores the same content once, and never uses the given name as a path', async () => {
    await add('../../../etc/学习笔记.png', png);
    await add('C:\\Users\\王\\Desktop\\同一张.PNG', png, 'service', unit.people[1]!);
    expect(storedFiles()).toEqual([`${sha(png)}.png`]);
    const listed = (await app.call('stars.review', { schemeId, period: 1, targetId: unit.people[0]! })).evidence;
    expect(listed[0]!.fileName).toBe('学习笔记.png');
    expect((await app.call('stars.review', { schemeId, period: 1, targetId: unit.people[1]! })).evidence[0]!.fileName).toBe('同一张.PNG');
    expect(fs.readdirSync(app.dir).filter((f) => f === 'etc')).toEqual([]);
  });

  it('refuses a file over 20 MB, a wrong type, a renamed file and an empty one, storing nothing', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x20);
    pdf.copy(big);
    const tooLarge = await starRefusal(app, () => add('扫描件.pdf', big));
    expect(tooLarge).toEqual({ code: 'EVIDENCE_TOO_LARGE', message: '“扫描件.pdf”大小为20.0 MB，超过每个文件20 MB的上限，请压缩后再上传' });
    // exactly 20 MB is allowed
    await add('刚好20MB.pdf', big.subarray(0, 20 * 1024 * 1024));

    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]);
    expect((await starRefusal(app, () => add('setup.exe', exe))).code).toBe('EVIDENCE_TYPE_REFUSED');
    expect((await starRefusal(app, () => add('照片.jpg', exe))).message).toBe('“照片.jpg”的内容不是JPEG 图片，可能已损坏或被改了扩展名，未保存');
    expect((await starRefusal(app, () => add('证书.pdf', png))).code).toBe('EVIDENCE_CONTENT_MISMATCH');
    // an .xlsx is a zip, but not a Word document
    expect((await starRefusal(app, async () => add('总结.docx', await xlsxBytes()))).code).toBe('EVIDENCE_CONTENT_MISMATCH');
    expect((await starRefusal(app, () => add('空.png', new Uint8Array()))).code).toBe('EVIDENCE_EMPTY');
    expect((await starRefusal(app, () => add('无扩展名', pdf))).code).toBe('EVIDENCE_TYPE_REFUSED');
    expect((await starRefusal(app, () => add('证书.pdf', pdf, 'no-such-star'))).code).toBe('STAR_NOT_FOUND');
    expect(storedFiles()).toHaveLength(1);
  });

  it('refuses to open a file that was changed or removed outside the app', async () => {
    const item = await add('证书.pdf', pdf);
    const file = path.join(evidenceDir(), `${sha(pdf)}.pdf`);
    fs.writeFileSync(file, Buffer.concat([pdf, Buffer.from('x')]));
    expect((await starRefusal(app, () => app.call('stars.openEvidence', { id: item.id }))).code).toBe('EVIDENCE_DAMAGED');
    fs.rmSync(file);
    expect((await starRefusal(app, () => app.call('stars.openEvidence', { id: item.id }))).code).toBe('EVIDENCE_MISSING');
  });

  it('is checked at 自评 for every star of the batch at once, again at 支部评定, and cannot be deleted once the star is awarded', async () => {
    const [zhou, huang] = unit.people as [number, number];
    const claimBoth = () =>
      app.call('stars.selfAssess', {
        schemeId, period: 1, date: '2026-03-20',
        entries: [
          { targetId: zhou, claims: [{ code: 'learning' }, { code: 'political' }, { code: 'achievement' }] },
          // a note (申报说明) stands for the evidence of 服务群众星; 攻坚担当星 has neither
          { targetId: huang, claims: [{ code: 'service', note: '社区志愿服务记录见台账' }, { code: 'tackling' }] },
        ],
      });
    expect(await starRefusal(app, claimBoth)).toEqual({
      code: 'STAR_EVIDENCE_REQUIRED',
      message: '以下星目须附佐证材料，请先上传文件或填写申报说明再申报：周立新：学习提升星、工作实绩星；黄振华：攻坚担当星',
    });
    const item = await add('学习笔记.png', png);
    await app.call('stars.deleteEvidence', { id: item.id });
    expect((await app.call('stars.review', { schemeId, period: 1, targetId: zhou })).evidence).toEqual([]);
    await add('学习笔记.png', png);
    await add('总结.pdf', pdf, 'achievement');
    await add('抢险记录.pdf', pdf, 'tackling', huang);
    await claimBoth();
    // a file removed after the claim: 支部评定 still will not pass the star without it
    const [learning] = (await app.call('stars.review', { schemeId, period: 1, targetId: zhou })).evidence;
    await app.call('stars.recordVotes', { schemeId, period: 1, date: '2026-03-22', entries: [{ targetId: zhou, votes: ['learning', 'political'].map((code) => ({ code, agree: 18, disagree: 2, score: null })) }] });
    await app.call('stars.deleteEvidence', { id: learning!.id });
    const decide = () => app.call('stars.decide', { schemeId, period: 1, date: '2026-03-25', entries: [{ targetId: zhou, decisions: [{ code: 'learning', decision: 'award' }, { code: 'political', decision: 'award' }] }] });
    expect(await starRefusal(app, decide)).toEqual({ code: 'STAR_EVIDENCE_REQUIRED', message: '“学习提升星”需要佐证材料，周立新尚未上传文件或填写说明，不能评定通过' });
    const kept = await add('学习笔记.png', png);
    await decide();
    await app.call('stars.startPublicity', { schemeId, period: 1, start: '2026-03-27' });
    await app.call('stars.award', { schemeId, period: 1, date: '2026-04-02' });
    const locked = await starRefusal(app, () => app.call('stars.deleteEvidence', { id: kept.id }));
    expect(locked).toEqual({ code: 'EVIDENCE_LOCKED', message: '周立新的“学习提升星”已授星，其佐证材料不能删除' });
  });
});
