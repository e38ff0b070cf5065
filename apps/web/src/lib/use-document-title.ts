import { useEffect } from 'react';
import { pageTitle } from '../i18n/sv';

export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
