/**
 * jsdom has no TextEncoder, which every browser the pane runs in has (the .xlsx writer encodes its
 * text with it): the pane's tests get Node's.
 */
import { TextEncoder } from "util";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder });
