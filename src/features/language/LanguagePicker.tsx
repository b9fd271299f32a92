import { memo } from 'react';
import type { LanguageLink } from '../../core/view/shareLinks';

interface LanguagePickerProps {
  links: LanguageLink[];
  /** "Language", in the page's language. */
  label: string;
}

/**
 * Every language, each named in itself, as links to the same view in it: plain links, so the
 * picker works before the app has started and without JavaScript, and each page loads only its
 * own language.
 */
export const LanguagePicker = memo(function LanguagePicker({ links, label }: LanguagePickerProps) {
  return (
    <nav className="language-picker" aria-label={label}>
      <ul>
        {links.map((l) => (
          <li key={l.lang}>
            <a href={l.href} hrefLang={l.lang} lang={l.lang} aria-current={l.current ? 'page' : undefined}>
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
});
