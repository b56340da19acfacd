import { memo } from 'react';
import type { QuarterQuota } from '../../../../shared/annual/views';
import { quarterNames } from './quarter-cache';

/**
 * Per 考核分组: the “好” quota of each quarter and how much of it is given (red when full), so the
 * clerk sees the remaining places while typing.
 */
export const QuarterQuotaBar = memo(function QuarterQuotaBar({ quotas, activeQuarter }: { quotas: readonly QuarterQuota[]; activeQuarter: number }) {
  // a group nobody is in has nothing to count (its 0/0 would read as 「已满」)
  const shown = quotas.filter((q) => q.size > 0);
  if (shown.length === 0) return null;
  return (
    <div className="quota-bar" data-testid="quota-bar">
      {shown.map((q) => (
        <div key={q.groupId} className="quota-group" data-group={q.groupName}>
          <span className="quota-group-name" title={`${q.groupName}：${q.size}人，每季度“好”等次名额${q.quota}个`}>
            {q.groupName}
            <span className="quota-size">（{q.size}人）</span>
          </span>
          {q.used.map((used, i) => {
            const full = used >= q.quota;
            const over = used > q.quota;
            return (
              <span
                key={i}
                className={`quota-chip${over ? ' is-over' : full ? ' is-full' : ''}${i + 1 === activeQuarter ? ' is-current' : ''}`}
                data-quarter={i + 1}
                data-full={full || undefined}
                title={over ? `${quarterNames[i]}“好”等次已超出名额` : full ? `${quarterNames[i]}“好”等次名额已用完` : `${quarterNames[i]}“好”等次还可评${q.quota - used}人`}
              >
                <span className="quota-quarter">{quarterNames[i]}</span>
                <span className="quota-figure">
                  好 已用 {used}/{q.quota}
                </span>
              </span>
            );
          })}
        </div>
      ))}
    </div>
  );
});
