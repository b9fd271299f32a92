/** One sentence on what changed in the shown year. */
export function ChangeCaption({ text }: { text: string }) {
  return <p className="change-caption">{text}</p>;
}
