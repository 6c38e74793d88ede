// The words: sentence templates per incident kind, with {slots} that render-incident.ts fills. Slots:
// {Actor}/{actor} who acted, {target} who was hit, {place} where, {when} the date phrase, {toll} the casualties,
// {claim} who said so. Several variants per kind, so outlets can paraphrase the same incident.
import type { IncidentKind } from "./incident.js";

export const LEAD_TEMPLATES: Record<IncidentKind, readonly string[]> = {
  "air-strike": [
    "{Actor} carried out air strikes on {place} {when}, {toll}, {claim}.",
    "Warplanes believed to belong to {actor} bombed a market in {place} {when}, {toll}.",
    "An air raid by {actor} hit residential buildings in {place} {when}; {toll}, {claim}.",
    "{Actor} struck positions held by {target} in {place} {when} with drones, {claim}.",
  ],
  "shelling": [
    "{Actor} shelled {place} {when}, {toll}, {claim}.",
    "Artillery fire from {actor} pounded neighbourhoods of {place} {when}; {toll}.",
    "Rockets fired by {actor} landed in {place} {when}, {toll}, {claim}.",
  ],
  "clash": [
    "Heavy fighting broke out between {actor} and {target} in {place} {when}, {toll}, {claim}.",
    "{Actor} clashed with {target} on the outskirts of {place} {when}; {toll}.",
    "Fierce clashes between {actor} and {target} raged in {place} {when}, {claim}.",
  ],
  "capture": [
    "{Actor} seized control of {place} from {target} {when}, {claim}.",
    "{Actor} said they had captured {place} {when} after days of fighting with {target}.",
    "{Place} fell to {actor} {when}, {claim}; {toll}.",
  ],
  "ied": [
    "A roadside bomb struck a vehicle carrying {target} near {place} {when}, {toll}, {claim}.",
    "An improvised explosive device planted by {actor} exploded in {place} {when}; {toll}.",
    "A car bomb went off at a checkpoint in {place} {when}, {toll}, {claim}.",
  ],
  "suicide-bomb": [
    "A suicide bomber from {actor} blew himself up at a mosque in {place} {when}, {toll}, {claim}.",
    "A suicide attack claimed by {actor} hit a crowded street in {place} {when}; {toll}.",
  ],
  "protest": [
    "Hundreds of {actor} took to the streets of {place} {when} to demand the release of detainees, {claim}.",
    "Thousands of {actor} rallied in central {place} {when} against rising bread prices.",
    "{Actor} marched peacefully through {place} {when}, chanting slogans against corruption, {claim}.",
  ],
  "abduction": [
    "Gunmen from {actor} kidnapped {toll_count} {target} in {place} {when}, {claim}.",
    "{Actor} abducted {toll_count} {target} from a bus near {place} {when}.",
  ],
  "arrest": [
    "{Actor} arrested {toll_count} people in {place} {when} on suspicion of links to {target}, {claim}.",
    "{Actor} detained {toll_count} activists during raids in {place} {when}.",
  ],
};

export const KILLED_TEMPLATES: readonly string[] = [
  "killing {killed} people",
  "leaving {killed} dead",
  "{killed} people were killed",
  "killing {killed} civilians",
  "{killed} fighters died",
];

export const KILLED_AND_INJURED_TEMPLATES: readonly string[] = [
  "killing {killed} people and wounding {injured}",
  "{killed} people were killed and {injured} wounded",
  "leaving {killed} dead and {injured} injured",
];

export const INJURED_TEMPLATES: readonly string[] = ["wounding {injured} people", "{injured} people were injured", "injuring {injured}"];

export const NO_TOLL_TEMPLATES: readonly string[] = ["with no word on casualties", "causing heavy damage", "no casualties were reported"];

export const CLAIM_TEMPLATES: readonly string[] = [
  "according to {claimant}",
  "{claimant} said",
  "{claimant} told {outlet}",
  "{claimant} said in a statement",
  "{outlet} reported, citing {claimant}",
];

/** Follow-up sentences about the same incident: attribution of figures, reactions. */
export const FOLLOW_UP_TEMPLATES: readonly string[] = [
  "{Claimant} told {outlet} that {toll_count} of the dead were children.",
  "The toll was expected to rise, {claimant} said, as rescuers searched the rubble in {place}.",
  "Residents of {place} said the attack began shortly after dawn.",
  "{Actor} did not comment on the reports.",
  "A spokesman for {actor} denied any involvement in the attack in {place}.",
  "\"We heard three explosions and then screaming,\" a shopkeeper in {place} told {outlet}.",
  "Between {low} and {high} people were reported missing after the incident, {claimant} said.",
  "It was the deadliest incident in {place} since {month}.",
];
