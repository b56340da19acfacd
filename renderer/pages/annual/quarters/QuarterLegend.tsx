import { memo } from 'react';
import { quarterKeyLegend } from './quarter-keys';
import type { Refusal } from './quarter-save';

const moveHints = ['方向键、Tab 移动', '回车 下移', 'Delete/退格 清除'];

/**
 * What each digit enters, in the grade's own colours, and how to move (read-only years show only the
 * colours); the last refused entry stays here after the pop-up message is gone.
 */
export const QuarterLegend = memo(function QuarterLegend({ editable, refusal }: { editable: boolean; refusal: Refusal | null }) {
  return (
    <div className="quarter-legend" data-testid="quarter-legend">
      {refusal && (
        <span className="legend-refusal" role="alert" data-testid="quarter-refusal">
          未保存：{refusal.cell}——{refusal.message}
        </span>
      )}
      {editable && <span className="legend-title">键盘录入：</span>}
      {quarterKeyLegend.map((k) => (
        <span key={k.key} className="legend-item">
          {editable && <kbd>{k.key}</kbd>}
          <span className={`legend-chip qgrade-${k.grade}`}>{k.label}</span>
        </span>
      ))}
      {editable && (
        <span className="legend-keys">
          {moveHints.map((h) => (
            <span key={h}>{h}</span>
          ))}
        </span>
      )}
    </div>
  );
});
