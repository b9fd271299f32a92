import { memo } from 'react';
import type { MemberLine } from '../../core/view/memberList';
import './MemberList.css';

interface MemberListProps {
  summary: string;
  label: string;
  members: MemberLine[];
}

/**
 * The year's members as text, folded under the map. It is in the pre-rendered HTML, so the
 * list is there for search engines and for readers without JavaScript (details opens natively).
 */
export const MemberList = memo(function MemberList({ summary, label, members }: MemberListProps) {
  return (
    <details className="member-list">
      <summary>{summary}</summary>
      <ol aria-label={label}>
        {members.map((m) => (
          <Member key={m.code} text={m.text} />
        ))}
      </ol>
    </details>
  );
});

/** One member: re-rendered only when its own line changes, not at every year the list follows. */
const Member = memo(function Member({ text }: { text: string }) {
  return <li>{text}</li>;
});
