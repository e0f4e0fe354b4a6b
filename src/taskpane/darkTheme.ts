/** Fluent's dark theme, in its own chunk: loaded only inside a dark Office theme. */
export { webDarkTheme } from "@fluentui/react-components";
