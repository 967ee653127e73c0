/** The page background of each theme (`--color-bg` in global.css), for browsers that tint their own UI with it. */
export const THEME_COLOR = { light: '#ffffff', dark: '#15181b' } as const;
