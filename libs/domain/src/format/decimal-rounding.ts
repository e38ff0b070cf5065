/**
 * Rounds a non-negative finite number to `decimals` places the way Intl.NumberFormat does: on its shortest
 * decimal representation (so 1.005 → '1.01', as typed), half away from zero. Returns plain digits with '.'.
 */
export function roundToDecimalString(magnitude: number, decimals: number): string {
  const [integerDigits, fractionDigits] = plainDecimal(magnitude);
  if (fractionDigits.length <= decimals) return joinParts(integerDigits, fractionDigits.padEnd(decimals, '0'));
  const kept = integerDigits + fractionDigits.slice(0, decimals);
  const roundsUp = fractionDigits.charCodeAt(decimals) >= '5'.charCodeAt(0);
  const digits = roundsUp ? incrementDigits(kept) : kept;
  const integerLength = digits.length - decimals;
  return joinParts(digits.slice(0, integerLength), digits.slice(integerLength));
}

function joinParts(integerDigits: string, fractionDigits: string): string {
  const integer = integerDigits.replace(/^0+(?=\d)/, '') || '0';
  return fractionDigits.length > 0 ? `${integer}.${fractionDigits}` : integer;
}

/** Adds one unit in the last place of a digit string ('0999' → '1000'). */
function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

/** Integer and fraction digits of the shortest round-trip representation, without exponent notation. */
function plainDecimal(magnitude: number): [string, string] {
  const text = String(magnitude);
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (match === null) throw new RangeError(`Kan inte formatera ${text}`);
  const digits = match[1]! + (match[2] ?? '');
  const pointAt = match[1]!.length + Number(match[3] ?? 0);
  if (pointAt <= 0) return ['0', '0'.repeat(-pointAt) + digits];
  if (pointAt >= digits.length) return [digits + '0'.repeat(pointAt - digits.length), ''];
  return [digits.slice(0, pointAt), digits.slice(pointAt)];
}
