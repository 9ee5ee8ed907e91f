// Client-side writer for the preference cookies (language, theme) that the
// server reads to render the right page on the next request.
const ONE_YEAR_SECONDS = 31_536_000;

export function setPreferenceCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
}
