/**
 * Runs in the page's head, before the prerendered first screen is read: a returning user whose
 * saved option is not the screen's own (A) sees theirs as the screen is parsed (its radio, row,
 * heading and buttons), not A until the pane's script has run. A mutation observer's callback runs
 * after each piece the parser adds and before anything is painted. E and F saved as added are
 * ticked the same way; their effects wait for the pane's script.
 */
import { settingsKey } from "../office/settingsKey";
import { PRERENDERED, SAVED_KEY, SHELL_OPTION, SHELL_RESTORED, SHELL_RESTORED_OVERLAYS, shellTitle } from "./shell";

const letter = (x: unknown): x is string => typeof x === "string" && /^[A-Z]$/.test(x);

function savedChoice(): { option: string | null; overlays: string[] } {
  try {
    const saved = JSON.parse(localStorage.getItem(settingsKey(SAVED_KEY)) ?? "null") as {
      choice?: { option?: unknown; overlays?: unknown };
    } | null;
    const option = saved?.choice?.option;
    const overlays = saved?.choice?.overlays;
    return { option: letter(option) ? option : null, overlays: Array.isArray(overlays) ? overlays.filter(letter) : [] };
  } catch {
    // Storage blocked (some Office webviews): the pane's script restores nothing either.
    return { option: null, overlays: [] };
  }
}

function restore(option: string | null, overlays: readonly string[]): void {
  let radioDone = false;
  const ticked = new Set<string>();
  const show = () => {
    const shell = document.querySelector(`[${PRERENDERED}]`);
    if (!shell) return;
    // Once each: a box the user unticks meanwhile stays unticked.
    for (const id of overlays) {
      const box = ticked.has(id) ? null : shell.querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`);
      if (box) {
        box.checked = true;
        ticked.add(id);
        shell.setAttribute(SHELL_RESTORED_OVERLAYS, [...ticked].join(","));
      }
    }
    if (option) showOption(shell, option);
  };
  const showOption = (shell: Element, option: string) => {
    const own = shell.getAttribute(SHELL_OPTION);
    const title = shell.getAttribute(shellTitle(option));
    const ownTitle = own ? shell.getAttribute(shellTitle(own)) : null;
    if (!own || own === option || !title || !ownTitle) return;
    const heading = shell.querySelector('[data-testid="answer"] h2');
    if (heading?.textContent === `Option ${own}: ${ownTitle}`) heading.textContent = `Option ${option}: ${title}`;
    const radio = shell.querySelector<HTMLInputElement>(`input[type="radio"][value="${option}"]`);
    // Once: a radio the user picks meanwhile stays picked.
    if (radio && !radioDone) {
      radio.checked = true;
      radioDone = true;
      // What the pane's script reads: the screen shows this option without the user having chosen it.
      shell.setAttribute(SHELL_RESTORED, option);
    }
    // The chosen option's rows carry the highlight the screen's own option's rows were given.
    const ownRows = shell.querySelectorAll(`tbody[data-option="${own}"] > tr`);
    const chosen = ownRows[0]?.getAttribute("class");
    if (chosen) {
      for (const tr of shell.querySelectorAll(`tbody[data-option="${option}"] > tr`)) tr.setAttribute("class", chosen);
      if (shell.querySelector(`tbody[data-option="${option}"]`)) for (const tr of ownRows) tr.removeAttribute("class");
    }
    for (const button of shell.querySelectorAll("button")) {
      const text = button.textContent ?? "";
      if (button.children.length === 0 && new RegExp(`\\boption ${own}\\b`).test(text))
        button.textContent = text.replace(new RegExp(`\\boption ${own}\\b`), `option ${option}`);
    }
  };
  const observer = new MutationObserver(show);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", () => observer.disconnect());
}

const saved = savedChoice();
if (saved.option || saved.overlays.length > 0) restore(saved.option, saved.overlays);
