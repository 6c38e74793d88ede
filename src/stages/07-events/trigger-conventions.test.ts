import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { createTestCase, createTestContext } from "./test-world.js";

const ctx = createTestContext();

function subs(source: string): string[] {
  const c = createTestCase(source);
  return codeEvents(c.doc, c.sentences, c.inputs, ctx).events.map((e) => e.sub_event_type);
}

test("ACLED's conventions for what a sentence reports", () => {
  const table: [string, string, string[]][] = [
    ["clashing is a clash", "The Arnorian army shelled Bree while clashing with the Dunland Front.", ["Armed clash"]],
    ["taken control is a capture", "The Dunland Front claimed to have taken control of Bree.", ["Non-state actor overtakes territory"]],
    ["a mass grave is a strategic development", "A mass grave with [k:9]9 bodies was found in Bree.", ["Other"]],
    ["weapons seized before use", "The Arnorian army seized a large cache of weapons in Bree.", ["Disrupted weapons use"]],
    ["a mine made safe", "Arnorian army sappers removed two landmines near Bree.", ["Disrupted weapons use"]],
    ["a drone downed", "The Dunland Front downed three Arnorian army drones over Bree.", ["Disrupted weapons use"]],
    ["a surveillance drone downed is property", "The Dunland Front shot down an Arnorian army reconnaissance drone over Bree.", ["Looting/property destruction"]],
    ["a remote-controlled blast is not a controlled explosion", "A remote-controlled explosion killed [k:2]2 villagers in Bree.", ["Remote explosive/landmine/IED"]],
    ["both sides fire: a battle", "The Arnorian army and the Dunland Front exchanged mortar fire near Bree.", ["Armed clash"]],
    ["a grenade answered with gunfire", "Hillmen hurled a grenade at an Arnorian army post in Bree and the soldiers responded with gunfire.", ["Armed clash"]],
    ["ground attacks with air support", "Arnorian army attacks and airstrikes killed [k:5]5 Dunland Front fighters in Bree.", ["Armed clash"]],
    ["a drive-by on the police", "Hillmen fired from a car at the police in Bree.", ["Armed clash"]],
    ["a drive-by on villagers", "Hillmen fired from a car at villagers in Bree.", ["Attack"]],
    ["firearms with the bombs", "Hillmen attacked an Arnorian army post in Bree using IEDs and light weapons.", ["Armed clash"]],
    ["a raid that ends in arrests", "The police stormed a hotel in Bree and arrested four men.", ["Arrests"]],
    ["shelters destroyed in a sweep", "The Arnorian army destroyed two Dunland Front shelters during security operations near Bree.", ["Looting/property destruction"]],
    ["shelling that destroyed homes stays shelling", "The Dunland Front shelled Bree and destroyed civilian homes.", ["Shelling/artillery/missile attack"]],
    ["cars told destroyed", "Two cars were completely destroyed in Bree by Hillmen.", ["Looting/property destruction"]],
    ["an attack on things that hurt no one", "Hillmen carried out attacks targeting four cars in Bree.", ["Looting/property destruction"]],
    ["an attack on an army vehicle is fighting", "Hillmen attacked an Arnorian army vehicle in Bree.", ["Armed clash"]],
    ["an attack on a car that killed is an attack", "Hillmen attacked a car in Bree, killing [k:2]2 villagers.", ["Attack"]],
    ["a ban on protests is a security measure", "The Arnorian steward declared a ban on gatherings and protests in Bree.", ["Change to group/activity"]],
    ["a curfew", "The Arnorian government imposed a curfew on Bree.", ["Change to group/activity"]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(subs(text), expected, label);
});

test("more of what reports say: heavy guns, blockades, crowds, remains, moves, surrenders", () => {
  const table: [string, string, string[]][] = [
    ["heavy machine guns fired at houses", "The Dunland Front fired calibre 14mm and 23mm machine guns at houses in Bree.", ["Shelling/artillery/missile attack"]],
    ["an incursion thwarted, words between", "The Arnorian army thwarted a large Dunland Front night incursion near Bree.", ["Armed clash"]],
    ["a blockade", "Farmers began a blockade near Bree [d:2031-02-14] demanding better prices.", ["Peaceful protest"]],
    ["breaking a military blockade is fighting", "The Dunland Front pushed through the Arnorian army blockade of Bree.", ["Armed clash"]],
    ["a protest camp", "Teachers installed a camp outside the hall in Bree.", ["Peaceful protest"]],
    ["a suspected thief beaten", "In Bree a youth was beaten after he was reportedly caught robbing a stall.", ["Mob violence"]],
    ["beaten by neighbours", "In Bree a man was tied up and beaten by neighbours.", ["Mob violence"]],
    ["a severed head found", "A human head was found in Bree [d:2031-02-14].", ["Attack"]],
    ["forces arriving", "Arnorian army reinforcements arrived in Bree.", ["Change to group/activity"]],
    ["a unit changing sides", "The Bree garrison defected to the Dunland Front.", ["Change to group/activity"]],
    ["a surrender", "Twenty Dunland Front fighters surrendered to the Arnorian army in Bree.", ["Agreement"]],
    ["bombs as the weapon", "Hillmen targeted the police in Bree [d:2031-02-14] using bombs.", ["Remote explosive/landmine/IED"]],
    ["a kidnapping that ends in death is the killing", "Hillmen kidnapped a shepherd in Bree. His body was found the next day.", ["Attack"]],
    ["kidnapped and killed armed men: a clash", "Hillmen kidnapped two police in Bree and killed them.", ["Armed clash"]],
    ["a kidnapping alone", "Hillmen kidnapped a shepherd in Bree.", ["Abduction/forced disappearance"]],
    ["an anti-kidnapping unit is not a kidnapping", "An anti-kidnapping police unit was attacked by Hillmen in Bree.", ["Armed clash"]],
    ["cluster bombs from the air stay air strikes", "Gondorian jets carried out air strikes on Bree with cluster bombs.", ["Air/drone strike"]],
  ];
  for (const [label, text, expected] of table) assert.deepEqual(subs(text), expected, label);
});
