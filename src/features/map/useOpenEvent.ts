import { useState, type RefObject } from 'react';
import type { EventDescription } from '../../core/view/describeEvent';

/**
 * Which of the year's events is open from its pin on the map. Closing returns the focus to the pin;
 * an event not in the year's list (the slider moved on) is closed.
 */
export function useOpenEvent(root: RefObject<Element | null>, events: EventDescription[]) {
  const [openId, setOpenId] = useState<string>();
  const openEvent = events.find((e) => e.event.id === openId);
  const close = () => {
    setOpenId(undefined);
    root.current?.querySelector<SVGElement>(`[data-event="${openId}"]`)?.focus();
  };
  return { openEvent, open: setOpenId, close };
}
