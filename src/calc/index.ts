export * from "./expr";
export * from "./graph";
export * from "./print";
export { compile } from "./evaluate";
export * from "./rows";
export { cellsOf, emitCellsReader, valuesOf, withCells } from "./keys";
export { FMT } from "./formats";
export { cone, copyOf, resized, rowCopier, substitute, type CopyOf } from "./cone";
export { fold } from "./inline";
