export type Theme = "light" | "dark";

/** Cookie the theme toggle sets; without it the page follows the system setting. */
export const THEME_COOKIE = "theme";
