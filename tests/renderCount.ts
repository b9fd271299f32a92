/**
 * What React renders again (updates, not first mounts), through the hook it offers developer
 * tools: the components whose function ran, by name, and the DOM elements whose props it went
 * through in the commit (each one's attributes compared, and written if changed). Import this
 * module before anything that imports react-dom.
 *
 * A commit's tree shares with the previous commit's every fiber of a subtree React skipped; a
 * fiber it went through is a fresh copy, flagged PerformedWork if the component's function ran
 * (a memo component whose props compared equal is not), and Update if it is an element given
 * new props.
 */
interface Fiber {
  type: unknown;
  flags: number;
  stateNode: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
}

const PERFORMED_WORK = 1;
const UPDATE = 4;
let previous = new Set<Fiber>();
const counts = new Map<string, number>();
const updated = new Set<Element>();

function nameOf(type: unknown): string | undefined {
  if (typeof type === 'function') return (type as { displayName?: string }).displayName ?? type.name;
  return undefined;
}

function onCommitFiberRoot(_id: unknown, root: { current: Fiber }) {
  const seen = new Set<Fiber>();
  const stack: Fiber[] = [root.current];
  while (stack.length > 0) {
    const f = stack.pop()!;
    seen.add(f);
    if (!previous.has(f) && f.alternate) {
      const name = f.flags & PERFORMED_WORK ? nameOf(f.type) : undefined;
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
      if (typeof f.type === 'string' && f.flags & UPDATE && f.stateNode instanceof Element) updated.add(f.stateNode);
    }
    if (f.sibling) stack.push(f.sibling);
    if (f.child) stack.push(f.child);
  }
  previous = seen;
}

(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onScheduleFiberRoot: () => {},
  onCommitFiberRoot,
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
};

/** The renders since the last call: components by name and DOM elements updated; starts afresh. */
export function takeRenders(): { components: Map<string, number>; elements: Set<Element> } {
  const taken = { components: new Map(counts), elements: new Set(updated) };
  counts.clear();
  updated.clear();
  return taken;
}
