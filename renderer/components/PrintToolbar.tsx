import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Tooltip } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { exportPdf } from '../api';
import { errorText } from '../hooks/api-hooks';
import { navigate } from '../router/hash-router';
import './print-view.css';

/** A bare print view (测评票, 推荐票): the page scrolls as paper on a grey desk, and prints without the app's chrome. */
export function usePrintViewBody(): void {
  useEffect(() => {
    document.body.classList.add('print-view');
    return () => document.body.classList.remove('print-view');
  }, []);
}

/**
 * 「导出PDF」: Electron saves the PDF itself (main's printToPDF); browser mode opens the print
 * dialog, where 「另存为PDF」 is the destination. The page title is the PDF's offered name.
 */
function PdfButton(props: { fileName: string; disabled: boolean }) {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const savesPdf = window.kaoping?.printToPdf != null;
  useEffect(() => {
    if (props.fileName) document.title = props.fileName;
  }, [props.fileName]);
  const onClick = async () => {
    setExporting(true);
    try {
      const { saved } = await exportPdf(`${props.fileName}.pdf`);
      if (saved) void message.success('PDF已保存');
    } catch (error) {
      void message.error(errorText(error), 6);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Tooltip title={savesPdf ? '保存为PDF文件（每人一页）' : '浏览器中将打开打印对话框，请在“目标打印机”中选择“另存为PDF”'}>
      <Button type="primary" icon={<FilePdfOutlined />} loading={exporting} disabled={props.disabled} onClick={() => void onClick()}>
        导出PDF
      </Button>
    </Tooltip>
  );
}

/** The bar over a print view: 返回, what will print, 打印 (and 导出PDF when given a file name). It never reaches the paper. */
export function PrintToolbar(props: { backTo: string; info: ReactNode; canPrint: boolean; pdfFileName?: string }) {
  return (
    <div className="print-toolbar">
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(props.backTo)}>
        返回
      </Button>
      <span className="print-toolbar-info" data-testid="print-count">
        {props.info}
      </span>
      <Button type={props.pdfFileName == null ? 'primary' : 'default'} icon={<PrinterOutlined />} disabled={!props.canPrint} onClick={() => window.print()}>
        打印
      </Button>
      {props.pdfFileName != null && <PdfButton fileName={props.pdfFileName} disabled={!props.canPrint} />}
    </div>
  );
}

/**
 * A print view opened with an address that does not say what to print (a bookmark, a typed address):
 * say so and lead back to the page whose button opens it, instead of waiting for data never asked for.
 */
export function PrintAddressProblem(props: { backTo: string; missing: string; page: string }) {
  return (
    <div className="print-address-problem">
      <PrintToolbar backTo={props.backTo} info="" canPrint={false} />
      <Alert type="error" showIcon title={`打印地址不完整：缺少${props.missing}，请从「${props.page}」页面打开打印预览`} />
    </div>
  );
}

/** The tickets a print view prints: all, or the range asked for (`&from=1&to=40`, 1-based). */
export function ticketsInRange(tickets: readonly string[], query: URLSearchParams): readonly string[] {
  const from = Math.max(1, Number(query.get('from')) || 1);
  const to = Number(query.get('to')) || Number.POSITIVE_INFINITY;
  return tickets.slice(from - 1, Math.min(tickets.length, to));
}
