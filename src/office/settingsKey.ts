/** Where the pane's settings live in localStorage: `@container/key`, as the helpers' Storage wrote them. */
export const SETTINGS_CONTAINER = "ech-cost-model";

export const settingsKey = (key: string, container = SETTINGS_CONTAINER) => `@${container}/${key}`;
