import { Alert, Button, Space, Typography } from 'antd';
import { CategoryInput, TicketInput } from '../../../components/PaperEntryToolbar';
import type { EvaluationConfig } from '../../../../shared/evaluation/config';
import { levelKeysText } from './entry-rows';
import { EntryGrid } from './EntryGrid';
import { eventWords } from '../evaluation-labels';
import { useEntryFocus } from '../../../components/use-entry-focus';
import { useEntryForm, type EntrySession } from './use-entry-form';
import { useEntryKeys } from './use-entry-keys';

/** The hint under the form: the level keys and/or how to move between score boxes. */
function entryHint(config: EvaluationConfig): string {
  return `${config.form !== 'score' ? `等次键：${levelKeysText(config)}，0 弃权；输入后自动跳到下一行。` : ''}${config.form !== 'level' ? '评分用 Tab 键换格，不填视为弃权。' : ''}`;
}

/**
 * The keyboard-only entry of one paper ballot: 票号 (typed or scanned) + Enter, the category key,
 * then a digit per 测评对象 (jumps to the next) and/or scores with Tab; Enter saves and the form
 * starts again at 票号. Esc clears.
 */
export function EntryForm(props: EntrySession) {
  const { config } = props.event;
  const targets = [...props.event.targetList].sort((a, b) => a.sortOrder - b.sortOrder);
  const focus = useEntryFocus();
  const entry = useEntryForm(props, targets, focus);
  const keys = useEntryKeys(config, props.event.id, entry, focus);
  const { notice } = entry;

  return (
    <div className="entry-form" ref={focus.form} onKeyDown={keys.onFormKey}>
      <div className="entry-head">
        <TicketInput inputRef={focus.ticketRef} value={entry.ticket} onChange={entry.setTicket} onKeyDown={keys.onTicketKey} />
        <CategoryInput categories={config.categories} value={entry.category} onChange={keys.onCategoryChange} onKeyDown={keys.onCategoryKey} />
      </div>
      {/* under the ticket and category fields, where the clerk looks: below a long grid it was out of view */}
      {notice && (
        <Alert type={notice.type} showIcon title={notice.text} description={notice.detail} className="entry-notice" data-testid="entry-notice" />
      )}
      <EntryGrid config={config} targets={targets} rows={entry.rows} keys={keys} words={eventWords(props.event)} />
      <div className="entry-actions">
        <Space>
          {/* never `loading`: a loading button ignores Enter, and the next ballot's Enter would be lost */}
          <Button type="primary" data-entry-save onClick={() => void entry.save()}>
            保存（回车）
          </Button>
          <Button onClick={entry.clear}>清空（Esc键）</Button>
          {entry.saving > 0 && <Typography.Text type="secondary" data-testid="entry-saving">正在保存…</Typography.Text>}
        </Space>
        <Typography.Text type="secondary">{entryHint(config)}</Typography.Text>
      </div>
    </div>
  );
}
