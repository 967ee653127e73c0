import { hexColor } from './tokens.ts';

/** The page background of each theme (the `color-bg` token), for browsers that tint their own UI with it. */
export const THEME_COLOR = { light: hexColor('color-bg', 'light'), dark: hexColor('color-bg', 'dark') } as const;
