import { useEffect, useEffectEvent, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** A4 portrait less 12 mm margins top and bottom, in CSS px. */
export const a4PortraitBodyPx = ((297 - 24) * 96) / 25.4;

export interface StepFit {
  /** the step chosen: the first at which the sheet fits, else the last */
  readonly step: number;
  /** pages at that step: 1 unless even the last step does not fit */
  readonly pages: number;
}

/**
 * Fits a print sheet on one page by trying layout steps in order (larger type first, then fewer names…):
 * renders step 0, measures, moves to the next step while the sheet is taller than `pageHeightPx`, and
 * reports the step taken (to `onFit` once per search). `content` restarts the search when the data changes.
 * Used by the one-page print views (一周工作晒评, 专项活动进展情况, 月度通报); ARCHITECTURE §6.
 */
export function useStepFit(content: unknown, steps: number, onFit?: (fit: StepFit) => void, pageHeightPx = a4PortraitBodyPx): { ref: RefObject<HTMLDivElement | null>; step: number; fit: StepFit | null } {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState({ content, step: 0, fit: null as StepFit | null });
  if (state.content !== content) setState({ content, step: 0, fit: null });
  useLayoutEffect(() => {
    if (state.fit || state.content !== content) return;
    const height = ref.current?.scrollHeight ?? 0;
    if (height > pageHeightPx && state.step < steps - 1) setState({ content, step: state.step + 1, fit: null });
    else setState({ content, step: state.step, fit: { step: state.step, pages: Math.max(1, Math.ceil(height / pageHeightPx)) } });
  }, [state, content, steps, pageHeightPx]);
  const report = useEffectEvent((fit: StepFit) => onFit?.(fit));
  useEffect(() => {
    if (state.fit) report(state.fit);
  }, [state.fit]);
  return { ref, step: state.step, fit: state.fit };
}
