import { stripXmlIllegal } from '../../../shared/normalize';
import { excelJsUtils } from '../libraries';

/**
 * Every export stays readable, even from data stored before inputs were cleaned (or restored from
 * an old backup): a name with U+FFFE would otherwise make the whole .xlsx unreadable by Excel and
 * exceljs. exceljs already drops C0 control characters when it escapes text for XML, but not
 * U+FFFE/U+FFFF or lone surrogates; all of its XML text and attributes (cells, shared strings,
 * sheet names, headers and footers) pass through its one `utils.xmlEncode`, so that is where the
 * rest goes too, for every writer at once. Checked, so an exceljs upgrade that moves it fails
 * loudly instead of writing unreadable files. The module patched must be the one the writers use: the
 * bundled copy in the built app (a runtime lookup in node_modules would patch a copy nobody calls, and
 * the packaged app ships none).
 */
interface ExcelUtils { xmlEncode: (text: string) => string }
const marker = Symbol.for('kaoping.xmlSafe');

export function makeExcelWritesXmlSafe(): void {
  const utils = excelJsUtils() as ExcelUtils & { [marker]?: true };
  if (utils[marker]) return;
  const original = utils.xmlEncode;
  if (typeof original !== 'function') throw new Error('xml-safe-writer: exceljs no longer has utils.xmlEncode; strip XML-illegal characters another way');
  utils.xmlEncode = (text: string) => original(stripXmlIllegal(text));
  utils[marker] = true;
}

