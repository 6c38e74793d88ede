// ACLED's event types, and the CSS class (colour) each is drawn with on the map, table and timeline.
export const EVENT_TYPES: Record<string, string[]> = {
  "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade"],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  "Riots": ["Violent demonstration", "Mob violence"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

const CLASSES: Record<string, string> = {
  "Battles": "type-battles", "Explosions/Remote violence": "type-explosions", "Violence against civilians": "type-violence",
  "Protests": "type-protests", "Riots": "type-riots", "Strategic developments": "type-strategic",
};

export function typeClass(eventType: string): string {
  return CLASSES[eventType] ?? "type-other";
}
