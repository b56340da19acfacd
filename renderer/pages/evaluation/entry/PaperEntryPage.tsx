import { Alert, Spin } from 'antd';
import type { EvaluationEvent } from '../../../../shared/contract/evaluation';
import { PaperEntryPanel } from '../../../components/PaperEntryPanel';
import { QueryError } from '../../../components/QueryError';
import { useEvaluation, useMismatches } from '../../../hooks/evaluation-hooks';
import { EventHeader } from '../EventHeader';
import { statusLabels } from '../evaluation-labels';
import { useEventId } from '../use-event-id';
import { EntryForm } from './EntryForm';
import { MismatchPanel } from './MismatchPanel';
import '../evaluation.css';
import './entry.css';

/** 纸质票录入: keyboard-fast typing of paper ballots, 双人录入, and the 录入不一致 list. */
export function PaperEntryPage() {
  const id = useEventId();
  const event = useEvaluation(id);
  if (event.isPending) return <Spin size="large" className="shell-loading" />;
  if (event.isError) return <QueryError error={event.error} />;
  return <PaperEntryBody event={event.data} />;
}

function PaperEntryBody({ event }: { event: EvaluationEvent }) {
  const mismatches = useMismatches(event.id);
  const noTargets = event.targetList.length === 0;
  return (
    <div className="page-fill evaluation-page">
      <EventHeader event={event} page="entry" />
      <PaperEntryPanel
        event={event}
        noun="测评"
        ballot="测评票"
        statusLabel={statusLabels[event.status]}
        entry={(settings, accepting) =>
          noTargets ? (
            <Alert type="info" showIcon title="还没有测评对象，请先在“测评设置”中选择测评对象" />
          ) : accepting ? (
            <EntryForm event={event} clerk={settings.clerk} doubleEntry={settings.doubleEntry} onSaved={settings.countEntered} onNeedClerk={settings.focusClerk} />
          ) : null
        }
        mismatchCount={mismatches.data?.length ?? 0}
        mismatches={(settings) => <MismatchPanel event={event} clerk={settings.clerk} mismatches={mismatches.data ?? []} loading={mismatches.isPending} />}
      />
    </div>
  );
}
