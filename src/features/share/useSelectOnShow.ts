import { useEffect, type RefObject } from 'react';

/** Focuses and selects a text field's content whenever `value` appears or changes, ready for Ctrl+C. */
export function useSelectOnShow(ref: RefObject<HTMLInputElement | HTMLTextAreaElement | null>, value: string | undefined): void {
  useEffect(() => {
    if (value === undefined) return;
    ref.current?.focus();
    ref.current?.select();
  }, [ref, value]);
}
