/**
 * The model as the pane uses it, in one chunk loaded just after the first paint: the first screen
 * (the option choice) shows without waiting for the model's code to load and compile. Import it
 * only with import() (App's loadEngine): a static import would put the model back in the first bundle.
 */
export { bandTotal, choosePriceBase, defaultFormText, evaluateForm } from "./form";
export { compareOptions } from "../decisions/optionComparison";
