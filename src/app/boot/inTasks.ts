/** Waits for a task of its own: a message to itself, which (unlike a timer) is neither clamped nor throttled. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Runs the steps one per task, at once rather than in idle time (the page waits for them), so that
 * no single task holds the main thread for all of them. Resolves in a task after the last step's,
 * so that what the caller does next (React starting) does not lengthen that step's task.
 */
export async function inTasks(steps: readonly (() => void)[], next: () => Promise<void> = nextTask): Promise<void> {
  for (const step of steps) {
    await next();
    runStep(step);
  }
  if (steps.length > 0) await next();
}

/** Work ahead of need is an optimisation: a step that fails is reported, and the rest still run. */
export function runStep(step: () => void): void {
  try {
    step();
  } catch (error) {
    console.error(error);
  }
}
