// Canonical names from templates: "{military}" for Syria is "Military Forces of Syria (2000-)".
import type { CountryRow } from "./parse-actor-tsv.js";

function dated(base: string, since: string): string {
  return since ? `${base} (${since})` : base;
}

/** Fills a canonical template for a country; with no country known the name stays generic ("Civilians"). */
export function resolveActorName(template: string, country: CountryRow | null): string {
  if (!template.includes("{")) return template;
  if (!country) {
    return template
      .replace("{military}", "Military Forces").replace("{police}", "Police Forces").replace("{government}", "Government")
      .replace(/\s*\(\{name\}\)/, "").replace("{name}", "").trim();
  }
  return template
    .replace("{military}", dated(`Military Forces of ${country.name}`, country.military))
    .replace("{police}", dated(`Police Forces of ${country.name}`, country.police))
    .replace("{government}", dated(`Government of ${country.name}`, country.government))
    .replace("{name}", country.name);
}
