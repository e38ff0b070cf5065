import { paths } from '../paths';

/** Query parameter on the login page holding where to go afterwards. */
export const RETURN_TO_PARAM = 'till';

/** Only same-app paths: "/mal?ar=2026" yes; "//evil.example", "https://…", "/logga-in" no (→ "/"). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return paths.overview;
  if (value === paths.login || value.startsWith(`${paths.login}?`) || value.startsWith(`${paths.login}/`)) return paths.overview;
  return value;
}

/** "/logga-in?till=%2Fmal%3Far%3D2026"; plain "/logga-in" when the target is the start page. */
export function loginPath(returnTo?: string): string {
  const target = safeReturnTo(returnTo);
  return target === paths.overview ? paths.login : `${paths.login}?${RETURN_TO_PARAM}=${encodeURIComponent(target)}`;
}
