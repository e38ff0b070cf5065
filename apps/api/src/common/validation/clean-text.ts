import { addFieldError, type FieldErrors } from '../errors/field-errors.js';

/**
 * NUL (PostgreSQL refuses it in text and jsonb), lone UTF-16 surrogates (they cannot be stored as UTF-8) and the other
 * C0/C1 control characters, which no one types. Tab, line feed and carriage return (Windows line ends) are text.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNCLEAN_TEXT_MESSAGE = 'Texten innehåller otillåtna tecken (styrtecken, nolltecken eller ogiltig Unicode).';
export const UNCLEAN_KEY_MESSAGE = 'Ett fältnamn innehåller otillåtna tecken (styrtecken, nolltecken eller ogiltig Unicode).';

export function isCleanText(text: string): boolean {
  return !FORBIDDEN.test(text);
}

/**
 * Every string in a parsed body or query string that is not clean text, keyed by its path (`rows.4999.comment`).
 * A field name that is not clean is reported at its parent (or at `root`), so the response never echoes it.
 */
export function uncleanText(value: unknown, root: string): FieldErrors {
  const fields: FieldErrors = {};
  const visit = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      if (!isCleanText(node)) addFieldError(fields, path || root, UNCLEAN_TEXT_MESSAGE);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, join(path, String(index))));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        if (!isCleanText(key)) addFieldError(fields, path || root, UNCLEAN_KEY_MESSAGE);
        else visit(item, join(path, key));
      }
    }
  };
  visit(value, '');
  return fields;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
