import { FileOutlined, LikeOutlined, PaperClipOutlined, WarningOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Modal, Radio, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { figureText, weeklyMarkLabels, type WeeklyItem, type WeeklyMark, type WeeklyTargetWeek } from '../../../../shared/weekly';
import { invoke, readPickedFile, saveFile } from '../../../api';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';

/**
 * 点评: the week's items by unit, as the board will print them; a leader marks an item 亮点 or 不足
 * with a short comment, and the evidence (a note, a file) is kept beside it.
 */
export function WeeklyReview(props: { targets: readonly WeeklyTargetWeek[]; readOnly: boolean }) {
  const posted = props.targets.filter((t) => t.items.length > 0);
  const [marking, setMarking] = useState<{ item: WeeklyItem; mark: WeeklyMark } | null>(null);
  const [evidence, setEvidence] = useState<WeeklyItem | null>(null);
  const { message } = App.useApp();
  if (posted.length === 0) return <Empty description="本周还没有科室晒成绩" />;
  const open = async (item: WeeklyItem) => {
    try {
      await saveFile(await invoke('weekly.openEvidence', { id: item.id }));
    } catch (error) {
      void message.error(errorText(error), 6);
    }
  };
  return (
    <div className="weekly-review">
      {posted.map((t) => (
        <section key={`${t.kind}:${t.id}`} className="wr-target" data-testid={`weekly-review-${t.name}`}>
          <h3>
            {t.name}
            {t.kind === 'person' && <span className="wr-unit">{t.unitName}</span>}
          </h3>
          <ol>
            {t.items.map((i, n) => (
              <li key={i.id} className={i.mark ? `wr-item wr-${i.mark}` : 'wr-item'}>
                <div className="wr-text">
                  <span className="wr-no">{n + 1}.</span>
                  <span>{i.text}</span>
                  {i.figure && <strong className="wr-figure">{figureText(i.figure)}</strong>}
                  {i.unfinished && <Tag color="orange">未完成</Tag>}
                  {i.mark && (
                    <Tag color={i.mark === 'highlight' ? 'red' : 'default'} icon={i.mark === 'highlight' ? <LikeOutlined /> : <WarningOutlined />}>
                      {weeklyMarkLabels[i.mark]}
                      {i.markComment ? `：${i.markComment}` : ''}
                    </Tag>
                  )}
                  {i.evidenceNote && <span className="wr-note">佐证：{i.evidenceNote}</span>}
                  {i.evidenceFile && (
                    <Button size="small" type="link" icon={<FileOutlined />} onClick={() => void open(i)}>
                      {i.evidenceFile.fileName}
                    </Button>
                  )}
                </div>
                <Space size={4} className="wr-actions">
                  <Button size="small" disabled={props.readOnly} onClick={() => setMarking({ item: i, mark: 'highlight' })}>
                    亮点
                  </Button>
                  <Button size="small" disabled={props.readOnly} onClick={() => setMarking({ item: i, mark: 'shortfall' })}>
                    不足
                  </Button>
                  <Button size="small" icon={<PaperClipOutlined />} disabled={props.readOnly} onClick={() => setEvidence(i)}>
                    佐证
                  </Button>
                </Space>
              </li>
            ))}
          </ol>
        </section>
      ))}
      {marking && <MarkDialog item={marking.item} initial={marking.item.mark ?? marking.mark} onClose={() => setMarking(null)} />}
      {evidence && <EvidenceDialog item={evidence} onClose={() => setEvidence(null)} />}
    </div>
  );
}

function MarkDialog(props: { item: WeeklyItem; initial: WeeklyMark; onClose: () => void }) {
  const [mark, setMark] = useState<WeeklyMark | 'none'>(props.initial);
  const [comment, setComment] = useState(props.item.markComment);
  const save = useChannelMutation('weekly.mark', { success: '已保存点评' });
  return (
    <Modal
      open
      title="点评"
      okText="保存"
      confirmLoading={save.isPending}
      onCancel={props.onClose}
      onOk={() => save.mutate({ id: props.item.id, mark: mark === 'none' ? null : mark, comment }, { onSuccess: props.onClose })}
    >
      <p className="wr-dialog-item">{props.item.text}</p>
      <Radio.Group value={mark} onChange={(e) => setMark(e.target.value as WeeklyMark | 'none')} optionType="button" buttonStyle="solid"
        options={[{ value: 'highlight', label: '亮点' }, { value: 'shortfall', label: '不足' }, { value: 'none', label: '不点评' }]} />
      <Input.TextArea style={{ marginTop: 12 }} aria-label="点评意见" placeholder="简短点评（不超过100字）" maxLength={100} showCount autoSize={{ minRows: 2 }}
        value={comment} disabled={mark === 'none'} onChange={(e) => setComment(e.target.value)} />
    </Modal>
  );
}

function EvidenceDialog(props: { item: WeeklyItem; onClose: () => void }) {
  const [note, setNote] = useState(props.item.evidenceNote);
  const [file, setFile] = useState<File | null | undefined>(undefined);
  const save = useChannelMutation('weekly.setEvidence', { success: '已保存佐证材料' });
  const current = file === undefined ? props.item.evidenceFile?.fileName : file?.name;
  const submit = async () => {
    const picked = file ? await readPickedFile(file) : file;
    save.mutate({ id: props.item.id, note, ...(picked === undefined ? {} : { file: picked }) }, { onSuccess: props.onClose });
  };
  return (
    <Modal open title="佐证材料" okText="保存" confirmLoading={save.isPending} onCancel={props.onClose} onOk={() => void submit()}>
      <p className="wr-dialog-item">{props.item.text}</p>
      <Input.TextArea aria-label="佐证说明" placeholder="说明（如：见某某文件、台账第几页）" maxLength={200} autoSize={{ minRows: 2 }} value={note} onChange={(e) => setNote(e.target.value)} />
      <Space style={{ marginTop: 12 }} wrap>
        <Upload showUploadList={false} beforeUpload={(f) => (setFile(f), false)} accept=".jpg,.jpeg,.png,.gif,.bmp,.webp,.tif,.tiff,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.et,.dps,.odt,.ods,.odp,.ofd">
          <Button icon={<PaperClipOutlined />}>选择文件</Button>
        </Upload>
        <span>{current ?? '未附文件'}</span>
        {current && (
          <Button type="link" danger onClick={() => setFile(null)}>
            移除文件
          </Button>
        )}
      </Space>
    </Modal>
  );
}
