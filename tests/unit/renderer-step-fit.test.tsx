// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { a4PortraitBodyPx, useStepFit, type StepFit } from '../../renderer/components/use-step-fit';

/** useStepFit (ARCHITECTURE §6): the one-page print views step their layout down until the sheet fits. */

// jsdom lays nothing out: a sheet's height is 1600 px less 200 px per step (A4's body is about 1032 px)
let original: PropertyDescriptor | undefined;
beforeAll(() => {
  original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollHeight');
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get(this: HTMLElement) { return 1600 - 200 * Number(this.dataset.step ?? 0) - Number(this.dataset.less ?? 0); } });
});
afterAll(() => {
  if (original) Object.defineProperty(HTMLElement.prototype, 'scrollHeight', original);
});
afterEach(cleanup);

function Sheet(props: { content: unknown; steps: number; less?: number; onFit: (fit: StepFit) => void }) {
  const { ref, step } = useStepFit(props.content, props.steps, props.onFit);
  return <div ref={ref} data-step={step} data-less={props.less ?? 0} />;
}

describe('useStepFit', () => {
  it('takes the first step at which the sheet fits one A4 page and reports it once', () => {
    expect(Math.round(a4PortraitBodyPx)).toBe(1032);
    const onFit = vi.fn();
    const { container } = render(<Sheet content={1} steps={9} onFit={onFit} />);
    // 1600, 1400, 1200 are too tall; 1000 fits
    expect(onFit).toHaveBeenCalledTimes(1);
    expect(onFit).toHaveBeenCalledWith({ step: 3, pages: 1 });
    expect((container.firstChild as HTMLElement).dataset.step).toBe('3');
  });

  it('stops at the last step and says how many pages it takes; new content starts again from the first step', () => {
    const onFit = vi.fn();
    const { rerender } = render(<Sheet content={1} steps={2} onFit={onFit} />);
    expect(onFit).toHaveBeenLastCalledWith({ step: 1, pages: 2 });
    rerender(<Sheet content={2} steps={9} less={700} onFit={onFit} />);
    expect(onFit).toHaveBeenLastCalledWith({ step: 0, pages: 1 });
    expect(onFit).toHaveBeenCalledTimes(2);
  });
});
