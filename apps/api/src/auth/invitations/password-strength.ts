/** Passwords people pick first; refused whatever their length. */
const COMMON = new Set(['lösenord123', 'losenord123', 'password123', 'sommar20252025', 'välkommen123', 'valkommen123', 'qwertyuiop12', '123456789012']);

/**
 * Why a first password is too weak (Swedish, for the field), or null when it will do: at least 12 characters, not
 * a common password, not the e-mail address's name part, and not one character repeated.
 */
export function passwordWeakness(password: string, email: string): string | null {
  if ([...password].length < 12) return 'Lösenordet måste ha minst 12 tecken.';
  if ([...password].length > 200) return 'Lösenordet får ha högst 200 tecken.';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'Lösenordet är för vanligt. Välj ett annat.';
  const name = email.split('@')[0]?.toLowerCase() ?? '';
  if (name.length >= 4 && lower.includes(name)) return 'Lösenordet får inte innehålla din e-postadress.';
  if (new Set(lower).size < 5) return 'Lösenordet har för få olika tecken.';
  return null;
}
