import type { GridRow, StarCell } from '../../../../shared/stars/views';
import { toggledClaims } from './grid-keys';

/**
 * The 评星 grid's keystrokes as a queue of edits (ARCHITECTURE §6: no keystroke lost). A clerk types Space
 * and → across a row faster than a save and the grid's refetch take; each Space must toggle the
 * claim set as it stands after every earlier keystroke, not as the last fetched grid shows it. So:
 * - edits are saved one at a time, in the order typed;
 * - a claim toggle is applied, when it is sent, to the claim set the previous edits saved (or, for
 *   a target untouched so far, the set the grid showed when the first key was pressed);
 * - until every edit is saved and the grid fetched once more, the grid shows the queued state
 *   (`claimsView`, `awardView`), never a refetch that predates the last save;
 * - an edit the service refuses is reported and dropped: the keystrokes after it still count.
 * Pure TypeScript (no React), so it is unit-tested with a fake service.
 */

export type GridEdit =
  | { readonly kind: 'claim'; readonly targetId: number; readonly code: string }
  | { readonly kind: 'award'; readonly targetId: number; readonly code: string };

export interface GridEditIo {
  /** saves a target's whole claim set (stars.selfAssess replaces it), with the notes it had */
  saveClaims(targetId: number, codes: readonly string[], notes: ReadonlyMap<string, string>): Promise<void>;
  /** 支部评定 通过 of one star */
  award(targetId: number, code: string): Promise<void>;
  /** refetches the grid (and whatever else shows the saved data); resolves once fetched */
  refresh(): Promise<void>;
  /** a refused edit: its message is shown, the queue goes on */
  failed(error: unknown, edit: GridEdit): void;
}

interface TargetBase {
  readonly claims: readonly string[];
  readonly notes: ReadonlyMap<string, string>;
}

const key = (targetId: number, code: string) => `${targetId}:${code}`;

export class GridEditQueue {
  private readonly queue: GridEdit[] = [];
  /** per target: the claim set the grid showed at the first keystroke, then each saved set */
  private readonly claims = new Map<number, TargetBase>();
  private readonly awarded = new Set<string>();
  private running = false;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly io: GridEditIo,
    /** star codes in scheme order (claim sets are kept in it) */
    private readonly order: readonly string[],
  ) {}

  /**
   * Queues one keystroke's edit. `shown` is the target's claim set and notes as the grid shows it
   * now; it is used only for a target with no edit in flight.
   */
  push(edit: GridEdit, shown: TargetBase): void {
    if (!this.claims.has(edit.targetId)) this.claims.set(edit.targetId, shown);
    this.queue.push(edit);
    this.changed();
    if (!this.running) void this.drain();
  }

  /** edits typed and not yet saved (or refused) */
  get pending(): number {
    return this.queue.length;
  }

  /** whether the grid should still show the queued state (edits pending, or the refetch after them) */
  get busy(): boolean {
    return this.running || this.queue.length > 0;
  }

  /** The claim set of a target once every queued edit is saved; undefined: the grid's own. */
  claimsView(targetId: number): readonly string[] | undefined {
    const base = this.claims.get(targetId);
    if (!base) return undefined;
    let claims = base.claims;
    for (const e of this.queue) if (e.kind === 'claim' && e.targetId === targetId) claims = toggledClaims(claims, e.code, this.order);
    return claims;
  }

  /** Whether a star is passed (通过) by a queued or saved edit not yet in the fetched grid. */
  awardView(targetId: number, code: string): boolean {
    return this.awarded.has(key(targetId, code)) || this.queue.some((e) => e.kind === 'award' && e.targetId === targetId && e.code === code);
  }

  /** changes with every push, save and refresh (for useSyncExternalStore) */
  snapshot = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      for (;;) {
        while (this.queue.length > 0) {
          const edit = this.queue[0]!;
          await this.send(edit);
          this.queue.shift();
          this.changed();
        }
        // every edit is saved or refused: fetch once, then let the grid show what it fetched
        await this.io.refresh().catch(() => undefined);
        if (this.queue.length > 0) continue; // typed during the refetch: its base is the saved set
        this.claims.clear();
        this.awarded.clear();
        break;
      }
    } finally {
      this.running = false;
      this.changed();
    }
  }

  private async send(edit: GridEdit): Promise<void> {
    const base = this.claims.get(edit.targetId)!;
    try {
      if (edit.kind === 'claim') {
        const codes = toggledClaims(base.claims, edit.code, this.order);
        await this.io.saveClaims(edit.targetId, codes, base.notes);
        this.claims.set(edit.targetId, { claims: codes, notes: base.notes });
      } else {
        await this.io.award(edit.targetId, edit.code);
        this.awarded.add(key(edit.targetId, edit.code));
      }
    } catch (error) {
      this.io.failed(error, edit);
    }
  }
}

/** The grid's rows as they will be once the queued edits are saved (unchanged rows keep their identity). */
export function withQueuedEdits(rows: readonly GridRow[], queue: GridEditQueue): readonly GridRow[] {
  if (!queue.busy) return rows;
  return rows.map((row) => {
    const claims = queue.claimsView(row.targetId);
    let changed = false;
    const cells = row.cells.map((cell): StarCell => {
      // decided, held and removed stars are not touched by the keys (ReviewPage refuses them)
      if (cell.decision != null || cell.state === 'held' || cell.state === 'removed') return cell;
      if (queue.awardView(row.targetId, cell.code)) {
        changed = true;
        return { ...cell, state: 'approved', decision: 'award' };
      }
      if (!claims) return cell;
      const claimed = claims.includes(cell.code);
      if (claimed === cell.claimed) return cell;
      changed = true;
      return { ...cell, claimed, state: claimed ? 'claimed' : 'none' };
    });
    return changed ? { ...row, cells } : row;
  });
}
