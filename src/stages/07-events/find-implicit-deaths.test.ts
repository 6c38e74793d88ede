import { test } from "node:test";
import assert from "node:assert/strict";
import { findImplicitDeaths } from "./find-implicit-deaths.js";

// One row per rule, in an invented world (Bree, Archet, the Dunland Front), negative rows after the positive ones.
const cases: [label: string, text: string, expected: number | null][] = [
  // victim-dies: a singular victim noun phrase, then a death verb
  ["passive, one person", "In Bree a man was shot dead near the mill.", 1],
  ["adjectives before the noun", "A local policeman was killed when the Dunland Front attacked.", 1],
  ["the victim died", "The victim died on the way to the healer.", 1],
  ["a member of a group died", "A leader of the Hillmen died in the fighting.", 1],
  ["found dead", "A woman was found dead in her house in Bree.", 1],
  ["a relative by possessive", "His brother was stabbed to death outside the inn at Archet.", 1],
  ["a long relative clause before the verb", "A miller who was walking home with his two daughters was shot dead by riders near Archet.", 1],
  ["a title with a prepositional phrase", "The keeper of the Bree toll gate of the East Road was murdered on Sunday.", 1],
  ["succumbed", "A guard shot at the gate of Bree later succumbed to his wounds.", 1],
  ["an uppercase acronym as modifier", "Wardens killed an IS rider near Archet.", 1],
  ["two conjoined victims", "A man and a woman were found dead in Bree.", 2],
  ["three conjoined victims", "A guard, a miller and a child were killed in the raid on Staddle.", 3],
  ["along with a relative", "The Combe miller was stabbed to death along with his brother at the mill.", 2],
  ["a bomber blew himself up", "A bomber of the Dunland Front blew himself up at the gate of Archet.", 1],
  ["another adds one", "One rider blew himself up at the Bree gate and another was killed by the guards.", 2],
  ["the other one adds one", "One warden died and the other one was found dead hours later.", 2],
  ["another alone", "Another rider died in the night.", 1],
  // kills-victim: an active killing with a singular object
  ["active voice", "Gunmen killed a shepherd outside Archet.", 1],
  ["a killing in a participle", "Gunmen fired on the inn killing a guard.", 1],
  ["killing him", "Riders of the Dunland Front ambushed the ferryman on the Brandywine road, killing him.", 1],
  ["killing him and his son", "A mine struck the cart of a farmer near Combe, killing him and his son.", 2],
  ["shot and killed", "A Dunland sniper shot and killed a Bree warden at the north gate.", 1],
  ["the attacker's own death counts", "A bomber killed himself at the gate of Archet and wounded two guards.", 1],
  ["a title with of before the noun", "Hillmen killed a Court of Arnor judge outside the Bree courthouse.", 1],
  ["a bare singular object", "Riders shot dead civilian man in Staddle.", 1],
  ["a bare plural object is no count", "Riders killed wardens and farmers in Staddle.", null],
  // named-person-dies
  ["a named person", "Gorbo Underhill was killed during the clashes that followed near Archet.", 1],
  ["a named place is not killed", "Bree was shelled by the Dunland Front.", null],
  // shot-victim-dead
  ["shot the victim dead", "Masked men shot a trader dead in the Bree market.", 1],
  // killing-of-victim: the nominal
  ["the killing of a woman", "The bombardment of Staddle ended in the killing of a woman.", 1],
  ["the death of", "The raid on Combe led to the death of a shepherd.", 1],
  ["claimed the killing", "The Dunland Front said it carried out the killing of a warden in Archet.", 1],
  // victim-death
  ["a civilian death", "A mine hit a wagon near Staddle resulting in a civilian death.", 1],
  // pronoun-dies
  ["he died", "Riders shot the ferryman near Archet and he later died.", 1],
  // bodies
  ["a body found", "Villagers found the body of a man in the river.", 1],
  ["a body was found", "After the fire at the Bree granary a body was found inside.", 1],
  ["a decapitated body", "A decapitated body was found on the road to Archet.", 1],
  ["a shot dead man found", "Near the East Road a blindfolded shot dead man turned up in a ditch.", 1],
  ["states joined by and", "In Combe a bound and stabbed dead woman was found beside a message.", 1],
  ["a lifeless body with a possessive", "The weaver's lifeless body was pulled from the Staddle pond at dawn.", 1],
  ["human remains", "Human remains were found in a ditch outside Archet.", 1],
  ["body parts of a man", "Wardens recovered the body parts of a man from a well in Combe.", 1],
  // not deaths
  ["injured is not dead", "A man was wounded in the attack.", null],
  ["stabbed is not dead", "A thief stabbed an officer in the market.", null],
  ["numbers are the figures' job", "Three men attacked the inn.", null],
  ["no death", "The Arnorian army entered Bree.", null],
  ["plural pronoun", "Riders ambushed the wardens near Archet, killing them.", null],
  ["killed or injured", "A captain of the Dunland Front was killed or injured in the raid on Combe.", null],
  ["an attempt", "Gunmen tried to kill a judge in Bree.", null],
  ["a failed killing", "Wardens foiled the attempted murder of a judge in Bree.", null],
  ["a plan", "Wardens arrested riders planning on assassinating the mayor of Bree.", null],
  ["a denial", "The Dunland Front denied killing a shepherd near Archet.", null],
  ["a charge", "The trader was accused of killing a warden.", null],
  ["nobody died", "A man was hit by stones but nobody was killed.", null],
  ["about to be killed", "A thief who was caught in the market was about to be lynched by a crowd in Bree.", null],
  ["a death another month", "Wardens raided the camp of the riders who killed a warden in March.", null],
  ["a revenge for a past killing", "Riders burned a farm in revenge for the killing of a shepherd.", null],
  ["another wounded is no death", "Riders shot dead a guard and wounded another near Staddle.", 1],
  ["along with body parts", "The body of a man was found along with his head in a sack near Combe.", 1],
  ["died down", "A warden said the fighting near Bree died down by night.", null],
  ["a body of water", "A body of water near Bree flooded the road.", null],
];

for (const [label, text, expected] of cases) {
  test(`implicit deaths: ${label}`, () => assert.equal(findImplicitDeaths(text), expected));
}
