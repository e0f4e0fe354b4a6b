/**
 * Where each pink input's default comes from (the assumption register): a publication by title,
 * publisher, date and section, an example to replace, or a figure only the user can give. Every
 * input row carries one; the Sources and assumptions sheet and the pane show it.
 */
import type { InputSource, Source } from "../calc/sources";

export type { InputSource };

/** The published 2009 model (Joint Improvement Team), at a table of it. */
export function publishedModel(section: string): Source {
  return { title: "Extra Care Housing revenue cost model", publisher: "Joint Improvement Team", date: "May 2009", section };
}

/** The Housing LIN Technical Brief, at a section of it. */
export function technicalBrief(section: string): Source {
  return {
    title: "Technical Brief on care and support in extra care housing",
    publisher: "Housing Learning and Improvement Network",
    date: "2010, edited 2015",
    section,
  };
}

/** The Supreme Court's judgment on sleep-in shifts: time asleep on call is not paid by the hour. */
export const SLEEP_IN_JUDGMENT: Source = {
  title: "Royal Mencap Society v Tomlinson-Blake [2021] UKSC 8",
  publisher: "The Supreme Court of the United Kingdom",
  date: "19 March 2021",
  section: "Judgment: sleep-in time counts for the minimum wage only when the worker is awake for the purpose of working",
  url: "https://www.bailii.org/uk/cases/UKSC/2021/8.html",
};

/** The names of the cells of a row of months: "month 1", … */
export const monthLabels = (n: number): string[] => Array.from({ length: n }, (_, k) => `month ${k + 1}`);

export const EXAMPLE_FIGURE: InputSource = "example";
export const OWN_FIGURE: InputSource = "own";

/** The source in users' words: "Title, publisher, section", or what the user is to do. */
export function sourceWords(s: InputSource): string {
  if (s === "example") return "An example: enter your own";
  if (s === "own") return "Your own figure";
  if (s === "answer") return "Your own answer";
  if (s === "scenario") return "Your own alternative (a scenario)";
  return [s.title, s.publisher, ...(s.section ? [s.section] : [])].join(", ");
}

/** The date of the source; an example or the user's own figure has none. */
export function sourceDate(s: InputSource): string {
  if (s === "example") return "None (an example)";
  if (s === "own" || s === "answer" || s === "scenario") return "None (your own)";
  return s.date;
}

/** The pane's line under an input: where its default comes from, with the date. */
export function sourceSentence(s: InputSource): string {
  if (s === "example") return "The default is an example: enter your own.";
  if (s === "own") return "No default: enter your own figure.";
  if (s === "answer") return "No default: give your own answer.";
  if (s === "scenario") return "Blank keeps the base value.";
  return `Default from ${sourceWords(s)} (${s.date}).`;
}
