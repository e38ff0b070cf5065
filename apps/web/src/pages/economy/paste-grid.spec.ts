import { describe, expect, it } from 'vitest';
import { parseClipboardGrid, parseSvNumber, pasteInto } from './paste-grid';

describe('parseClipboardGrid', () => {
  it('splits Excel clipboard text into rows and tab-separated cells, ignoring the trailing newline', () => {
    expect(parseClipboardGrid('1 234,5\t980\r\n1 100\t\r\n')).toEqual([
      ['1 234,5', '980'],
      ['1 100', ''],
    ]);
  });

  it('keeps tabs, newlines and quotes inside quoted cells', () => {
    expect(parseClipboardGrid('"a\tb"\t"rad 1\nrad 2"\t"säger ""hej"""\n')).toEqual([['a\tb', 'rad 1\nrad 2', 'säger "hej"']]);
  });

  it('reads one cell, a column and empty text', () => {
    expect(parseClipboardGrid('42')).toEqual([['42']]);
    expect(parseClipboardGrid('1\n2\n3\n')).toEqual([['1'], ['2'], ['3']]);
    expect(parseClipboardGrid('')).toEqual([]);
  });
});

describe('parseSvNumber', () => {
  it.each([
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['12\u202f345', 12345],
    ['\u2212 3,25', -3.25],
    ['-7', -7],
    ['1234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['0,5', 0.5],
    [' 980 ', 980],
  ])('%j → %d', (text, value) => expect(parseSvNumber(text)).toBe(value));

  it('gives null for an empty cell and undefined for text that is not a number', () => {
    expect(parseSvNumber('  ')).toBeNull();
    for (const bad of ['12 kr', 'tolv', '1,2,3', '--1', '1e5x', ',']) expect(parseSvNumber(bad)).toBeUndefined();
  });
});

describe('pasteInto', () => {
  const empty = () => [
    ['', '', ''],
    ['', '', ''],
  ];

  it('fills from the focused cell and leaves the rest', () => {
    const { grid, dropped } = pasteInto(empty(), 0, 1, [['1', '2']]);
    expect(grid).toEqual([
      ['', '1', '2'],
      ['', '', ''],
    ]);
    expect(dropped).toBe(0);
  });

  it('drops and counts what falls outside the grid, without changing the input', () => {
    const input = empty();
    const { grid, dropped } = pasteInto(input, 1, 2, [
      [' 5 ', '6'],
      ['7', '8'],
    ]);
    expect(grid[1]).toEqual(['', '', '5']);
    expect(dropped).toBe(3);
    expect(input[1]).toEqual(['', '', '']);
  });
});
