/**
 * The entries of a zip, read from its central directory: names, and the sizes the directory
 * declares. Enough to tell an .xlsx from a renamed .docx, .pptx, .ods or plain archive, to call a
 * truncated download corrupt, and to refuse a zip bomb before a single byte is inflated.
 */

const endOfCentralDirectory = 0x06054b50;
const centralDirectoryEntry = 0x02014b50;
const zip64ExtraId = 0x0001;
const sizeInZip64 = 0xffffffff;

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  /** as declared; Infinity when a Zip64 size is announced but missing */
  readonly uncompressedSize: number;
}

/** Zip64 keeps sizes that do not fit 32 bits in an extra field: uncompressed first, then compressed. */
function zip64Sizes(view: DataView, start: number, length: number, wantUncompressed: boolean, wantCompressed: boolean): [number, number] {
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === zip64ExtraId) {
      let q = p + 4;
      const read = () => {
        if (q + 8 > p + 4 + size) return Infinity;
        const value = Number(view.getBigUint64(q, true));
        q += 8;
        return value;
      };
      const uncompressed = wantUncompressed ? read() : NaN;
      const compressed = wantCompressed ? read() : NaN;
      return [uncompressed, compressed];
    }
    p += 4 + size;
  }
  return [Infinity, Infinity];
}

/** The entries, or null when the bytes are not a readable zip (truncated, damaged). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) return null;
  // The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === endOfCentralDirectory) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset + size > eocd) return null;
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== centralDirectoryEntry) return null;
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > eocd) return null;
    if (uncompressedSize === sizeInZip64 || compressedSize === sizeInZip64) {
      const [u, c] = zip64Sizes(view, p + 46 + nameLength, extraLength, uncompressedSize === sizeInZip64, compressedSize === sizeInZip64);
      if (uncompressedSize === sizeInZip64) uncompressedSize = u;
      if (compressedSize === sizeInZip64) compressedSize = c;
    }
    entries.push({ name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)), compressedSize, uncompressedSize });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry names, or null when the bytes are not a readable zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  return zipEntries(bytes)?.map((e) => e.name) ?? null;
}
