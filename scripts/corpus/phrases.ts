// Small renderers shared by the templates: counts ("at least 12", "between 3 and 5", "nine"), date phrases
// relative to the publication day ("on Tuesday", "yesterday", "2 March 2031"), and {slot} filling.
import type { Count } from "./incident.js";
import type { Random } from "./random.js";

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];

export function renderCount(random: Random, count: Count): string {
  if (count.high !== null) return `between ${count.low} and ${count.high}`;
  const number = count.low < NUMBER_WORDS.length && random.chance(0.5) ? NUMBER_WORDS[count.low] : String(count.low);
  return count.qualifier ? `${count.qualifier} ${number}` : number;
}

/** How a report published on `published` names `day`. */
export function renderDate(random: Random, day: string, published: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  const daysBefore = Math.round((Date.parse(`${published}T12:00:00Z`) - date.getTime()) / 86_400_000);
  const weekday = WEEKDAYS[date.getUTCDay()];
  const dayMonth = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  const choices = [`on ${weekday}`, `on ${dayMonth}`, `on ${dayMonth} ${date.getUTCFullYear()}`, `early on ${weekday}`,
    `late on ${weekday}`];
  if (daysBefore === 1) choices.push("yesterday", "overnight");
  if (daysBefore === 0) choices.push("earlier today", "this morning");
  return random.pick(choices);
}

export function renderLongDate(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Replaces each {slot}; a capitalised slot name ({Actor}) gets the value capitalised. Unknown slots stay. */
export function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = slots[name] ?? slots[name.toLowerCase()];
    if (value === undefined) return whole;
    return name[0] === name[0].toUpperCase() ? capitalize(value) : value;
  });
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}
