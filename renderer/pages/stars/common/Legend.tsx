import { starCellStateLabels } from '../../../../shared/stars/states';
import { disqualifiedLook, legendOrder, stateLooks } from './star-symbols';

const keyHints = ['方向键 移动', '空格 申报/取消', 'Y 评定通过', 'N 不通过', 'X 选中本行', '回车或双击 打开详情'];

/** The key to the symbols; with `withKeys` also the grid's keyboard. */
export function Legend({ withKeys = false }: { withKeys?: boolean }) {
  return (
    <div className="stars-legend">
      {legendOrder.map((s) => (
        <span key={s} className="legend-item">
          <span className="legend-symbol" style={{ color: stateLooks[s].color, background: stateLooks[s].background }}>{stateLooks[s].symbol}</span>
          {starCellStateLabels[s]}
        </span>
      ))}
      <span className="legend-item">
        <span className="legend-symbol" style={{ color: disqualifiedLook.color, background: disqualifiedLook.background }}>{disqualifiedLook.symbol}</span>
        不得参评
      </span>
      {withKeys && (
        <span className="legend-keys">
          {keyHints.map((k) => (
            <span key={k}>{k}</span>
          ))}
        </span>
      )}
    </div>
  );
}
