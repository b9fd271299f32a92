import { memo } from 'react';
/** One sentence on what changed in the shown year. */
export const ChangeCaption = memo(function ChangeCaption({ text }: { text: string }) {
  return <p className="change-caption">{text}</p>;
});
