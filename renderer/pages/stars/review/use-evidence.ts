import { App } from 'antd';
import { useState } from 'react';
import type { EvidenceItem } from '../../../../shared/stars/views';
import { invoke, readPickedFile, saveFile } from '../../../api';
import { errorText, useChannelMutation } from '../../../hooks/api-hooks';

const maxEvidenceBytes = 20 * 1024 * 1024;

/** 佐证材料 of one target's stars: upload (at most 20 MB a file), open (saved as a file) and delete. */
export function useEvidence(where: { schemeId: number; period: number; targetId: number }) {
  const { message } = App.useApp();
  const [uploading, setUploading] = useState<string | null>(null);
  const addEvidence = useChannelMutation('stars.addEvidence', { showError: true });
  const deleteEvidence = useChannelMutation('stars.deleteEvidence', { success: '已删除佐证材料' });

  const upload = async (code: string, file: File) => {
    if (file.size > maxEvidenceBytes) {
      void message.error(`“${file.name}”超过 20 MB，不能作为佐证材料上传`, 6);
      return;
    }
    setUploading(code);
    try {
      const picked = await readPickedFile(file);
      await addEvidence.mutateAsync({ ...where, code, file: picked, note: '' });
      void message.success(`已上传：${file.name}`);
    } catch {
      // shown by the mutation
    } finally {
      setUploading(null);
    }
  };

  const open = async (e: EvidenceItem) => {
    try {
      await saveFile(await invoke('stars.openEvidence', { id: e.id }));
    } catch (error) {
      void message.error(errorText(error), 6);
    }
  };

  return { uploading, upload, open, remove: (e: EvidenceItem) => deleteEvidence.mutate({ id: e.id }) };
}
