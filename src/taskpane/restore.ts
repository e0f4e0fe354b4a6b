/**
 * Runs in the page's head, before the prerendered first screen is read: a returning user whose
 * saved option is not the screen's own (A) sees theirs as the screen is parsed (its radio, row,
 * heading and buttons), not A until the pane's script has run. A mutation observer's callback runs
 * after each piece the parser adds and before anything is painted. E and F wait for the pane's script.
 */
import { settingsKey } from "../office/settingsKey";
import { PRERENDERED, SAVED_KEY, SHELL_OPTION, SHELL_RESTORED, shellTitle } from "./shell";

function savedOption(): string | null {
  try {
    const saved = JSON.parse(localStorage.getItem(settingsKey(SAVED_KEY)) ?? "null") as { choice?: { option?: unknown } } | null;
    const option = saved?.choice?.option;
    return typeof option === "string" && /^[A-Z]$/.test(option) ? option : null;
  } catch {
    // Storage blocked (some Office webviews): the pane's script restores nothing either.
    return null;
  }
}

function restore(option: string): void {
  let radioDone = false;
  const show = () => {
    const shell = document.querySelector(`[${PRERENDERED}]`);
    const own = shell?.getAttribute(SHELL_OPTION);
    const title = shell?.getAttribute(shellTitle(option));
    const ownTitle = own ? shell?.getAttribute(shellTitle(own)) : null;
    if (!shell || !own || own === option || !title || !ownTitle) return;
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

const option = savedOption();
if (option) restore(option);
