/** Whether the reader asked for less motion (`prefers-reduced-motion: reduce`): scroll and move without animating. */
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
