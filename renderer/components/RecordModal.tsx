import { Alert, Modal } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { errorText, useChannelMutation } from '../hooks/api-hooks';

/**
 * The record dialogs (新增加减分, 新增处分, 督查记录, 通报) share their life cycle: a draft that starts afresh each time the
 * dialog opens, a save that is offered only once `toInput` makes an input of the draft, a refusal
 * that stays in the dialog (the typed values are kept), and 保存/取消. Only the fields differ.
 */
export function useRecordDialog<D, C extends ChannelName>(args: {
  open: boolean;
  onClose: () => void;
  emptyDraft: () => D;
  channel: C;
  success: string | ((output: ChannelOutput<C>) => string);
  /** the channel's input made of the draft, or null while a required field is missing */
  toInput: (draft: D) => ChannelInput<C> | null;
  /** what the saved record says, after the dialog closed (e.g. the people a 通报 could not reach) */
  onSaved?: (output: ChannelOutput<C>) => void;
}) {
  const { open, onClose, emptyDraft, channel, success, toInput, onSaved } = args;
  const [draft, setDraft] = useState<D>(emptyDraft);
  const [error, setError] = useState<string | null>(null);
  const add = useChannelMutation(channel, { success, showError: false });
  useEffect(() => {
    if (open) {
      setDraft(emptyDraft());
      setError(null);
    }
  }, [open, emptyDraft]);
  const set = (change: Partial<D>) => setDraft((d) => ({ ...d, ...change }));
  const input = toInput(draft);
  const onSave = async () => {
    if (!input) return;
    setError(null);
    try {
      const output = await add.mutateAsync(input);
      onClose();
      onSaved?.(output);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return { draft, set, modal: { open, onClose, ready: input !== null, saving: add.isPending, onSave: () => void onSave(), error } };
}

export function RecordModal(props: { title: string; open: boolean; onClose: () => void; ready: boolean; saving: boolean; onSave: () => void; error: string | null; children: ReactNode; width?: number }) {
  const { title, open, onClose, ready, saving, onSave, error, children, width = 620 } = props;
  return (
    <Modal title={title} open={open} onCancel={onClose} okText="保存" cancelText="取消" okButtonProps={{ disabled: !ready, loading: saving }} onOk={onSave} width={width} destroyOnHidden>
      {children}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
