import { Alert, Button, Modal, Segmented, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { HistoryImportResult } from '../../../../shared/contract/annual-history';
import { invoke } from '../../../api';
import { useImportPreview } from '../../../hooks/use-import-preview';
import { ExcelFilePicker } from '../../../components/ExcelFilePicker';

type ImportRow = HistoryImportResult['rows'][number];
type Filter = 'all' | 'problems' | 'warnings';

const columns: TableColumnsType<ImportRow> = [
  { title: '行号', dataIndex: 'row', width: 76, render: (n: number) => `第${n}行` },
  { title: '姓名', dataIndex: 'name', width: 90 },
  { title: '单位', dataIndex: 'unitName', width: 120, ellipsis: true },
  { title: '年度', dataIndex: 'year', width: 70, render: (y: number | null) => y ?? '' },
  { title: '等次', dataIndex: 'outcomeText', width: 90, render: (t: string, r) => (r.replaces ? <span>{t}<span className="history-shadowed">（原为{r.replaces}）</span></span> : t) },
  {
    title: '检查结果',
    key: 'problems',
    render: (_v, r) =>
      r.problems.length > 0 ? (
        <div className="history-import-problems">{r.problems.map((p, i) => <div key={i}>{p}</div>)}</div>
      ) : r.warnings.length > 0 ? (
        <div className="history-import-warnings">{r.warnings.map((p, i) => <div key={i}>{p}</div>)}</div>
      ) : (
        <span className="history-import-ok">可导入</span>
      ),
  },
];

/**
 * 「导入历年等次」: pick a workbook (长表: 每人每年一行; 宽表: 每人一行、每年一列), see every person-year as
 * the import reads it — problems in red, warnings in amber (a year this app locked is not imported) —
 * then 「确认导入」 writes them in one go. Problem rows block the import unless the office chooses
 * 「跳过有问题的行导入」.
 */
export function HistoryImportDialog(props: { open: boolean; onClose: () => void }) {
  const { open, onClose } = props;
  const [filter, setFilter] = useState<Filter>('all');
  const saved = (r: HistoryImportResult) => `已导入 ${r.saved ?? 0} 条历年考核等次`;
  const { phase, pick, confirm, result, committing: busy, again: restart, close: closeImport } = useImportPreview<HistoryImportResult>({
    preview: (file) => invoke('history.import', { file, commit: false }),
    commit: async (file) => saved(await invoke('history.import', { file, commit: true })),
    onPreview: (r) => setFilter(r.errorRows > 0 ? 'problems' : 'all'),
    onClose,
  });
  const commit = (): void => void confirm();
  const skipProblems = () => void confirm(async (file) => saved(await invoke('history.import', { file, commit: true, skipProblems: true })));

  const close = () => {
    if (busy) return;
    setFilter('all');
    closeImport();
  };

  const writable = result ? result.rows.filter((r) => r.written).length : 0;

  return (
    <Modal
      title="导入历年考核等次"
      open={open}
      onCancel={close}
      width={result ? 1000 : 640}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          {result && (
            <Button onClick={restart} disabled={busy}>
              重新选择文件
            </Button>
          )}
          <Button onClick={close} disabled={busy}>
            取消
          </Button>
          {result && result.errorRows > 0 && (
            <Button danger disabled={writable === 0} loading={busy} onClick={skipProblems}>
              跳过有问题的行，导入其余{writable}条
            </Button>
          )}
          {result && (
            <Button type="primary" disabled={result.errorRows > 0 || writable === 0} loading={busy} onClick={commit}>
              确认导入
            </Button>
          )}
        </Space>
      }
    >
      {phase.step === 'pick' || phase.step === 'reading' || phase.step === 'failed' ? (
        <ExcelFilePicker
          prompt="点击选择历年考核等次表，或将文件拖到此处"
          formats="支持 Excel 工作簿（.xlsx、.xls）和 CSV 文件。"
          reading={phase.step === 'reading' ? <div className="history-import-reading" role="status"><Spin size="small" /> 正在读取：{phase.fileName}</div> : null}
          failure={phase.step === 'failed' ? { fileName: phase.fileName, message: phase.message, testId: 'history-import-error' } : null}
          tips={
            <>
              两种格式均可：每人每年一行（姓名、身份证号、年度、等次），或每人一行、每个年度一列（如“2023年度”“2024年度”）。
              <br />
              按身份证号匹配人员，未填身份证号时按姓名匹配（重名须填身份证号）。本系统已锁定年度的等次以系统为准，不会被覆盖。
              <br />
              导入前会先预览，确认后才写入。
            </>
          }
          onPick={(f) => void pick(f)}
        />
      ) : (
        <Preview result={phase.result} writable={writable} filter={filter} onFilter={setFilter} />
      )}
    </Modal>
  );
}

function Preview(props: { result: HistoryImportResult; writable: number; filter: Filter; onFilter: (f: Filter) => void }) {
  const { result, writable, filter, onFilter } = props;
  const rows = useMemo(
    () => (filter === 'problems' ? result.rows.filter((r) => r.problems.length > 0) : filter === 'warnings' ? result.rows.filter((r) => r.problems.length === 0 && r.warnings.length > 0) : result.rows),
    [result.rows, filter],
  );
  return (
    <div className="history-import-preview">
      <Space wrap size={[8, 8]} className="import-counts" data-testid="history-import-counts">
        <Typography.Text type="secondary">
          工作表“{result.sheetName}”，表头在第{result.headerRow}行，{result.form === 'long' ? '每人每年一行' : '每人一行、每年一列'}
        </Typography.Text>
        <Tag color="green">将导入 {writable} 条</Tag>
        <Tag color={result.warnRows > 0 ? 'gold' : 'default'}>提示 {result.warnRows} 条</Tag>
        <Tag color={result.errorRows > 0 ? 'red' : 'default'}>有问题 {result.errorRows} 条</Tag>
      </Space>
      {result.errorRows > 0 ? (
        <Alert type="error" showIcon title={`有 ${result.errorRows} 条存在问题`} description="请按下表红字说明在 Excel 中改正后「重新选择文件」；也可跳过有问题的行，只导入其余各条。" />
      ) : writable === 0 ? (
        <Alert type="warning" showIcon title="文件中没有可导入的等次" />
      ) : (
        <Alert type="success" showIcon title={`${writable} 条无误，点「确认导入」写入。`} />
      )}
      <Segmented<Filter>
        value={filter}
        onChange={onFilter}
        options={[
          { value: 'all', label: `全部 ${result.rows.length}` },
          { value: 'problems', label: `有问题 ${result.errorRows}` },
          { value: 'warnings', label: `提示 ${result.warnRows}` },
        ]}
      />
      <Table<ImportRow>
        virtual
        size="small"
        rowKey={(r) => `${r.row}:${r.year ?? ''}:${r.outcomeText}`}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900, y: 360 }}
        rowClassName={(r) => (r.problems.length > 0 ? 'history-import-problem-row' : r.warnings.length > 0 ? 'history-import-warn-row' : '')}
        locale={{ emptyText: '没有符合条件的行' }}
        data-testid="history-import-table"
      />
    </div>
  );
}
