// Fixed chart heights, shared by the page and its loading skeleton so the
// skeleton is the page's size and nothing jumps when the figures arrive.
export const BAR_CHART_HEIGHT = 420;
export const SCATTER_CHART_HEIGHT = 420;
export const TREND_CHART_HEIGHT = 320;
