import { Alert, Button, Modal, Segmented, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { quarterGradeLabels, type QuarterGrade } from '../../../../shared/annual/rules';
import type { QuarterImportResult } from '../../../../shared/annual/views';
import { invoke } from '../../../api';
import { useSheetImport, type SheetImportPhase } from '../../../hooks/use-sheet-import';
import { ExcelFilePicker } from '../../../components/ExcelFilePicker';
import { quarterNames } from './quarter-cache';

type ImportRow = QuarterImportResult['rows'][number];
type Phase = SheetImportPhase<QuarterImportResult>;

const gradeText = (g: QuarterGrade | null) => (g ? quarterGradeLabels[g] : '');

const columns: TableColumnsType<ImportRow> = [
  { title: '行号', dataIndex: 'row', width: 76, render: (n: number) => `第${n}行` },
  { title: '姓名', dataIndex: 'name', width: 90 },
  ...quarterNames.map((q, i) => ({ title: q, key: `q${i}`, width: 88, render: (_v: unknown, r: ImportRow) => gradeText(r.grades[i] ?? null) })),
  {
    title: '问题',
    key: 'problems',
    render: (_v, r) =>
      r.problems.length === 0 ? <span className="quarter-import-ok">可导入</span> : (
        <div className="quarter-import-problems">
          {r.problems.map((p, i) => (
            <div key={i}>{p}</div>
          ))}
        </div>
      ),
  },
];

/**
 * 「从Excel导入」 平时考核: pick a sheet, see every row as the import reads it (problem rows in red,
 * naming the row, the field and why), then 「确认导入」 writes it in one go. A file with problem rows
 * cannot be committed: the office fixes it in Excel and picks it again.
 */
export function QuarterImportDialog(props: { year: number; open: boolean; onClose: () => void }) {
  const { year, open, onClose } = props;
  const [onlyProblems, setOnlyProblems] = useState(false);
  const { phase, pick, commit, result, busy, restart } = useSheetImport<QuarterImportResult>({
    preview: (file) => invoke('annual.importQuarters', { year, file, commit: false }),
    commit: async (file) => {
      const saved = await invoke('annual.importQuarters', { year, file, commit: true });
      return `已导入 ${saved.saved ?? saved.okRows} 人的平时考核等次`;
    },
    onPreview: (r) => setOnlyProblems(r.errorRows > 0),
    onDone: onClose,
  });

  const close = () => {
    if (busy) return;
    restart();
    setOnlyProblems(false);
    onClose();
  };

  const canCommit = result != null && result.errorRows === 0 && result.okRows > 0;

  return (
    <Modal
      title={`从Excel导入${year}年度平时考核`}
      open={open}
      onCancel={close}
      width={result ? 980 : 640}
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
          {result && (
            <Button type="primary" disabled={!canCommit} loading={busy} onClick={() => void commit()}>
              确认导入
            </Button>
          )}
        </Space>
      }
    >
      {phase.step === 'pick' || phase.step === 'reading' || phase.step === 'failed' ? (
        <PickStep phase={phase} onPick={(f) => void pick(f)} />
      ) : (
        <PreviewStep result={phase.result} onlyProblems={onlyProblems} onOnlyProblems={setOnlyProblems} />
      )}
    </Modal>
  );
}

function PickStep({ phase, onPick }: { phase: Extract<Phase, { step: 'pick' | 'reading' | 'failed' }>; onPick: (file: File) => void }) {
  return (
    <ExcelFilePicker
      className="quarter-import-pick"
      prompt="点击选择平时考核表，或将文件拖到此处"
      formats="支持 Excel 工作簿（.xlsx、.xls）和 CSV 文件。"
      reading={
        phase.step === 'reading' ? (
          <div className="quarter-import-reading" role="status">
            <Spin size="small" /> 正在读取：{phase.fileName}
          </div>
        ) : null
      }
      failure={phase.step === 'failed' ? { fileName: phase.fileName, message: phase.message, testId: 'quarter-import-error' } : null}
      tips={
        <>
          说明：建议先「下载导入模板」，模板已列出本年度全部考核对象；各季度填写“好”“较好”“一般”“较差”或“不确定等次”。
          <br />
          导入前会先预览，确认后才写入；有问题的行须在 Excel 中改正后重新选择文件，全部无误才能导入。
        </>
      }
      onPick={onPick}
    />
  );
}

function PreviewStep(props: { result: QuarterImportResult; onlyProblems: boolean; onOnlyProblems: (on: boolean) => void }) {
  const { result, onlyProblems, onOnlyProblems } = props;
  const rows = useMemo(() => (onlyProblems ? result.rows.filter((r) => r.problems.length > 0) : result.rows), [result.rows, onlyProblems]);
  return (
    <div className="quarter-import-preview">
      <Space wrap size={[8, 8]} className="import-counts" data-testid="quarter-import-counts">
        <Typography.Text type="secondary">
          工作表“{result.sheetName}”，表头在第{result.headerRow}行
        </Typography.Text>
        <Tag color="green">可导入 {result.okRows} 行</Tag>
        <Tag color={result.errorRows > 0 ? 'red' : 'default'}>有问题 {result.errorRows} 行</Tag>
      </Space>
      {result.errorRows > 0 ? (
        <Alert
          type="error"
          showIcon
          title={`有 ${result.errorRows} 行存在问题，本次不能导入`}
          description="请按下表红字说明在 Excel 中改正后，点「重新选择文件」再次导入。"
        />
      ) : result.okRows === 0 ? (
        <Alert type="warning" showIcon title="文件中没有可导入的行" />
      ) : (
        <Alert type="success" showIcon title={`全部 ${result.okRows} 行无误，点「确认导入」写入。`} />
      )}
      <Segmented<'all' | 'problems'>
        value={onlyProblems ? 'problems' : 'all'}
        onChange={(v) => onOnlyProblems(v === 'problems')}
        options={[
          { value: 'all', label: `全部 ${result.rows.length}` },
          { value: 'problems', label: `有问题 ${result.errorRows}` },
        ]}
      />
      <Table<ImportRow>
        virtual
        size="small"
        rowKey="row"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 860, y: 360 }}
        rowClassName={(r) => (r.problems.length > 0 ? 'quarter-import-problem-row' : '')}
        locale={{ emptyText: '没有符合条件的行' }}
        data-testid="quarter-import-table"
      />
    </div>
  );
}
