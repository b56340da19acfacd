import { Alert, Modal } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { errorText } from '../../../hooks/api-hooks';

/**
 * The 新增加减分 / 新增处分 dialogs share their life cycle: a draft that starts afresh each time the
 * dialog opens, a save whose refusal stays in the dialog (the typed values are kept), and 保存/取消.
 */
export function useRecordDraft<D>(open: boolean, emptyDraft: () => D) {
  const [draft, setDraft] = useState<D>(emptyDraft);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setDraft(emptyDraft());
      setError(null);
    }
  }, [open, emptyDraft]);
  const set = (change: Partial<D>) => setDraft((d) => ({ ...d, ...change }));
  /** runs the save, then closes; a refusal is shown in the dialog */
  const save = async (write: () => Promise<unknown>, close: () => void) => {
    setError(null);
    try {
      await write();
      close();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return { draft, set, error, save };
}

export function RecordModal(props: { title: string; open: boolean; onClose: () => void; ready: boolean; saving: boolean; onSave: () => void; error: string | null; children: ReactNode }) {
  const { title, open, onClose, ready, saving, onSave, error, children } = props;
  return (
    <Modal title={title} open={open} onCancel={onClose} okText="保存" cancelText="取消" okButtonProps={{ disabled: !ready, loading: saving }} onOk={onSave} width={620} destroyOnHidden>
      {children}
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
