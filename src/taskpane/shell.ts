/** How the page marks the prerendered first screen (prerender.tsx writes it, restore.ts and index.tsx read it). */

/** Marks the prerendered markup, so the script knows what it replaces. */
export const PRERENDERED = "data-prerendered";
/** Marks the prerendered screen's style elements in the head, which the script removes once it has rendered. */
export const PRERENDERED_STYLE = "data-prerendered-style";
/** On the prerendered screen: the option its markup shows (A). */
export const SHELL_OPTION = "data-shell-option";
/** On the prerendered screen: the option saved last time, once restore.ts has shown it instead. */
export const SHELL_RESTORED = "data-shell-restored";
/** On the prerendered screen: the additions (E, F) saved last time that restore.ts has ticked, comma-separated. */
export const SHELL_RESTORED_OVERLAYS = "data-shell-restored-overlays";
/** On the prerendered screen: each option's title, `data-title-b` for B, for restore.ts's heading. */
export const shellTitle = (option: string) => `data-title-${option.toLowerCase()}`;
/** The settings key of what the pane saves (its choice, fields and scenarios). */
export const SAVED_KEY = "pane";
