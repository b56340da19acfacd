import { Alert, Modal, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { TaskImportPreview } from '../../../shared/contract/tasks';
import { invoke } from '../../api';
import { ExcelFilePicker } from '../../components/ExcelFilePicker';
import { ImportDialogFooter } from '../../components/ImportDialogFooter';
import { useImportPreview } from '../../hooks/use-import-preview';

/**
 * 「从Excel导入」 the office's task list (DOMAIN §8.1): every problem with its row and column first; a
 * file with problems cannot be committed (fix it in Excel and pick it again); then 追加 to the year's
 * list or 替换 it, in one go.
 */
export function TaskImportDialog(props: { year: number; hasTasks: boolean; open: boolean; onClose: () => void }) {
  const { year, hasTasks, open, onClose } = props;
  const [mode, setMode] = useState<'append' | 'replace'>('append');
  const { phase, result, committing, pick, confirm, close, again } = useImportPreview<TaskImportPreview>({
    preview: (file) => invoke('tasks.import', { year, file }),
    commit: async (file) => {
      const done = await invoke('tasks.import', { year, file, mode, commit: true });
      return `已导入 ${done.counts.tasks} 项任务、${done.counts.nodes} 个节点`;
    },
    onClose,
  });
  const canCommit = result !== null && result.errors.length === 0 && result.counts.tasks > 0;
  return (
    <Modal
      title={`从Excel导入${year}年度工作任务清单`}
      open={open}
      onCancel={close}
      width={result ? 920 : 640}
      maskClosable={false}
      destroyOnHidden
      footer={<ImportDialogFooter previewing={result !== null} committing={committing} canCommit={canCommit} onAgain={again} onCancel={close} onCommit={() => void confirm()} />}
    >
      {!result ? (
        <ExcelFilePicker
          prompt="点击选择工作任务清单，或将文件拖到此处"
          formats="支持 Excel 工作簿（.xlsx、.xls）和 CSV 文件。"
          reading={phase.step === 'reading' ? <div role="status" style={{ marginTop: 12 }}><Spin size="small" /> 正在读取：{phase.fileName}</div> : null}
          failure={phase.step === 'failed' ? { fileName: phase.fileName, message: phase.message, testId: 'task-import-error' } : null}
          tips={
            <>
              表头应有“任务”（或“工作任务”“工作内容”）列，以及“目标”“项目”“牵头单位”“配合单位”“责任人”“完成时限”等列；合并单元格、标题行均可。
              <br />
              完成时限可写“3月底前完成方案；6月底前完成建设”（一格多个节点），也可每行一个节点。导入前先预览，全部无误才能导入。
            </>
          }
          onPick={(f) => void pick(f)}
        />
      ) : (
        <div className="task-import-preview">
          <Space wrap size={[8, 8]} data-testid="task-import-counts">
            <Typography.Text type="secondary">工作表“{result.sheetName}”，表头在第{result.headerRow}行</Typography.Text>
            <Tag>目标 {result.counts.goals}</Tag>
            <Tag>项目 {result.counts.projects}</Tag>
            <Tag color="blue">任务 {result.counts.tasks}</Tag>
            <Tag>节点 {result.counts.nodes}</Tag>
            <Tag color={result.errors.length > 0 ? 'red' : 'default'}>问题 {result.errors.length}</Tag>
          </Space>
          {result.errors.length > 0 ? (
            <>
              <Alert type="error" showIcon title={`有 ${new Set(result.errors.map((e) => e.row)).size} 行存在问题，本次不能导入`} description="请按下表说明在 Excel 中改正后，点「重新选择文件」再次导入。" />
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.message}`}
                dataSource={result.errors}
                pagination={false}
                scroll={{ y: 300 }}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 80, render: (n: number) => `第${n}行` },
                  { title: '问题', dataIndex: 'message', render: (m: string) => <span className="task-import-problem">{m}</span> },
                ]}
                data-testid="task-import-errors"
              />
            </>
          ) : (
            <>
              <Alert type="success" showIcon title={`全部 ${result.counts.tasks} 项任务无误，选择导入方式后点「确认导入」。`} />
              <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as 'append' | 'replace')} aria-label="导入方式">
                <Radio value="append">追加到现有清单（同名的目标、项目合并）</Radio>
                <Radio value="replace" disabled={!hasTasks}>替换{year}年度现有清单</Radio>
              </Radio.Group>
              <Table
                size="small"
                rowKey={(t) => t.rows[0]!}
                dataSource={result.tasks}
                pagination={false}
                scroll={{ y: 300 }}
                columns={[
                  { title: '行号', key: 'rows', width: 90, render: (_v, t) => (t.rows.length > 1 ? `第${t.rows[0]}–${t.rows.at(-1)}行` : `第${t.rows[0]}行`) },
                  { title: '目标', dataIndex: 'goal', width: 150, ellipsis: true },
                  { title: '项目', dataIndex: 'project', width: 150, ellipsis: true },
                  { title: '任务', dataIndex: 'title', ellipsis: true },
                  { title: '牵头单位', dataIndex: 'lead', width: 110 },
                  { title: '节点', dataIndex: 'nodes', width: 60 },
                ]}
              />
            </>
          )}
        </div>
      )}
    </Modal>
  );
}
