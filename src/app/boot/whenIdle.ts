import { runStep } from './inTasks';

/** The part of `requestIdleCallback` used here, with a timer in its place where it is missing. */
type Idle = (run: (deadline: { timeRemaining: () => number }) => void) => void;

const onIdle: Idle =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (run) => void window.requestIdleCallback(run)
    : (run) => void setTimeout(() => run({ timeRemaining: () => 0 }), 50);

/** The most work one idle period takes on, in ms: far below a long task even on a slow phone. */
const SLICE_MS = 4;

/**
 * Runs the steps in the browser's idle time, as many per idle period as fit (at least one, and
 * no more than about SLICE_MS of work), so that work ahead of need never delays input or a frame.
 * Resolves when the last step has run.
 */
export function whenIdle(steps: readonly (() => void)[], idle: Idle = onIdle, now: () => number = () => performance.now()): Promise<void> {
  let next = 0;
  return new Promise((resolve) => {
    const slice = (deadline: { timeRemaining: () => number }) => {
      const end = now() + SLICE_MS;
      do runStep(steps[next++]!);
      while (next < steps.length && deadline.timeRemaining() > 1 && now() < end);
      if (next < steps.length) idle(slice);
      else resolve();
    };
    if (steps.length === 0) resolve();
    else idle(slice);
  });
}
