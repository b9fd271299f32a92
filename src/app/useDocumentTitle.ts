import { useEffect } from 'react';

/** Keeps the browser tab's title (and so bookmarks and history entries) at `title`. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
