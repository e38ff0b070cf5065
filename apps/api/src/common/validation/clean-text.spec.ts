import { isCleanText, UNCLEAN_KEY_MESSAGE, UNCLEAN_TEXT_MESSAGE, uncleanText } from './clean-text.js';

describe('clean text', () => {
  it('takes ordinary Swedish text with tabs and line ends, and surrogate pairs', () => {
    for (const text of ['Åsa Öberg – 12 %', 'rad ett\nrad två\r\n\tindrag', 'emoji 😀', '']) expect(isCleanText(text)).toBe(true);
  });

  it('refuses NUL, lone surrogates and other control characters', () => {
    for (const text of ['a\u0000b', '\ud800', 'x\udc00', '\udc00\ud800', 'bell\u0007', 'esc\u001b', 'del\u007f', 'c1\u0085']) {
      expect(isCleanText(text)).toBe(false);
    }
  });

  it('keys every unclean string of a body by its path, and unclean field names by their parent', () => {
    const body = { name: 'ok', rows: [{ comment: 'ok' }, { comment: 'noll\u0000' }], nested: { '\u0000': 1, deep: ['\ud800'] } };
    expect(uncleanText(body, 'body')).toEqual({
      'rows.1.comment': [UNCLEAN_TEXT_MESSAGE],
      nested: [UNCLEAN_KEY_MESSAGE],
      'nested.deep.0': [UNCLEAN_TEXT_MESSAGE],
    });
    expect(uncleanText('\u0000', 'file')).toEqual({ file: [UNCLEAN_TEXT_MESSAGE] });
    expect(uncleanText({ q: ['a', 'b'] }, 'query')).toEqual({});
  });
});
