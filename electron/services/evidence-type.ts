import { AppError } from '../../shared/errors';
import { zipEntryNames } from '../excel/read';

/**
 * What a 佐证材料 may be: images, PDF and Office documents (Microsoft, WPS, OpenDocument, OFD), told
 * by their bytes, not only by their name. The extension must agree with the content, so a renamed
 * program or archive is refused before anything is stored.
 */

export const evidenceMaxBytes = 20 * 1024 * 1024;

type Family = 'jpeg' | 'png' | 'gif' | 'bmp' | 'webp' | 'tiff' | 'pdf' | 'ole2' | 'docx' | 'xlsx' | 'pptx' | 'odf' | 'ofd';

/** extension -> the content it must have */
const extensionFamilies: Readonly<Record<string, Family>> = {
  jpg: 'jpeg', jpeg: 'jpeg', png: 'png', gif: 'gif', bmp: 'bmp', webp: 'webp', tif: 'tiff', tiff: 'tiff',
  pdf: 'pdf',
  doc: 'ole2', xls: 'ole2', ppt: 'ole2', wps: 'ole2', et: 'ole2', dps: 'ole2',
  docx: 'docx', xlsx: 'xlsx', pptx: 'pptx',
  odt: 'odf', ods: 'odf', odp: 'odf',
  ofd: 'ofd',
};

const familyLabels: Readonly<Record<Family, string>> = {
  jpeg: 'JPEG 图片', png: 'PNG 图片', gif: 'GIF 图片', bmp: 'BMP 图片', webp: 'WebP 图片', tiff: 'TIFF 图片', pdf: 'PDF',
  ole2: 'Office 文档', docx: 'Word 文档', xlsx: 'Excel 工作簿', pptx: 'PowerPoint 演示文稿', odf: 'OpenDocument 文档', ofd: 'OFD 版式文件',
};

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) => bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function contentMatches(family: Family, bytes: Uint8Array): boolean {
  switch (family) {
    case 'jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'gif':
      return startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'));
    case 'bmp':
      return startsWith(bytes, ascii('BM'));
    case 'webp':
      return startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8);
    case 'tiff':
      return startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]);
    case 'pdf':
      return startsWith(bytes, ascii('%PDF-'));
    case 'ole2':
      return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    default: {
      if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
      const names = zipEntryNames(bytes);
      if (!names) return false;
      const has = (name: string) => names.includes(name);
      if (family === 'docx') return has('[Content_Types].xml') && has('word/document.xml');
      if (family === 'xlsx') return has('[Content_Types].xml') && has('xl/workbook.xml');
      if (family === 'pptx') return has('[Content_Types].xml') && has('ppt/presentation.xml');
      if (family === 'odf') return has('mimetype') && has('content.xml');
      return has('OFD.xml');
    }
  }
}

/** The file name without any folder part (a name is never used as a path). */
export const baseName = (fileName: string): string => fileName.split(/[\\/]/).pop()!.trim();

const sizeText = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Checks size and type; returns the lower-case extension to store the file under. */
export function checkEvidenceFile(fileName: string, bytes: Uint8Array): string {
  const name = baseName(fileName);
  if (!name) throw new AppError('EVIDENCE_NAME_INVALID', '文件名不能为空');
  if (bytes.length === 0) throw new AppError('EVIDENCE_EMPTY', `“${name}”是空文件，请重新选择`);
  if (bytes.length > evidenceMaxBytes) throw new AppError('EVIDENCE_TOO_LARGE', `“${name}”大小为${sizeText(bytes.length)}，超过每个文件20 MB的上限，请压缩后再上传`);
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const family = extensionFamilies[ext];
  if (!family) {
    throw new AppError('EVIDENCE_TYPE_REFUSED', `“${name}”的类型不能作为佐证材料。只能上传图片（JPG、PNG、GIF、BMP、WebP、TIFF）、PDF 或 Office 文档（Word、Excel、PowerPoint、WPS、OFD）`);
  }
  if (!contentMatches(family, bytes)) {
    throw new AppError('EVIDENCE_CONTENT_MISMATCH', `“${name}”的内容不是${familyLabels[family]}，可能已损坏或被改了扩展名，未保存`);
  }
  return ext;
}
