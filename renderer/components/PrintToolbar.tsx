import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { navigate } from '../router/hash-router';
import './print-view.css';

/** A bare print view (测评票, 推荐票): the page scrolls as paper on a grey desk, and prints without the app's chrome. */
export function usePrintViewBody(): void {
  useEffect(() => {
    document.body.classList.add('print-view');
    return () => document.body.classList.remove('print-view');
  }, []);
}

/** The bar over a print view: 返回, what will print, 打印. It never reaches the paper. */
export function PrintToolbar(props: { backTo: string; info: ReactNode; canPrint: boolean }) {
  return (
    <div className="print-toolbar">
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(props.backTo)}>
        返回
      </Button>
      <span className="print-toolbar-info" data-testid="print-count">
        {props.info}
      </span>
      <Button type="primary" icon={<PrinterOutlined />} disabled={!props.canPrint} onClick={() => window.print()}>
        打印
      </Button>
    </div>
  );
}

/** The tickets a print view prints: all, or the range asked for (`&from=1&to=40`, 1-based). */
export function ticketsInRange(tickets: readonly string[], query: URLSearchParams): readonly string[] {
  const from = Math.max(1, Number(query.get('from')) || 1);
  const to = Number(query.get('to')) || Number.POSITIVE_INFINITY;
  return tickets.slice(from - 1, Math.min(tickets.length, to));
}
