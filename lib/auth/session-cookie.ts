// The session cookie's name, on its own so that proxy.ts (which runs before
// pages and must stay free of database code) can check for it.
export const SESSION_COOKIE = "kpi_session";
