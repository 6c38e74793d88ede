import { test } from "node:test";
import assert from "node:assert/strict";
import type { DateMention, Figure, PlaceMention } from "../../types.js";
import { findFigures } from "./find-figures.js";
import { makeTestDocument } from "../../util/make-test-document.js";

function figuresOf(text: string, inputs: { places?: PlaceMention[]; dates?: DateMention[] } = {}): Figure[] {
  const { doc, sentences } = makeTestDocument(text);
  const figures = findFigures(doc, sentences, { places: inputs.places ?? [], dates: inputs.dates ?? [], actors: [] });
  for (const f of figures) assert.equal(f.evidence.text, text.slice(f.evidence.start, f.evidence.end), `evidence slice: ${text}`);
  return figures;
}

type Row = [label: string, sentence: string, expected: [measure: string, value: number, qualifier: string | null, subject: string][]];

function check(rows: Row[]): void {
  for (const [label, sentence, expected] of rows) {
    assert.deepEqual(figuresOf(sentence).map((f) => [f.measure, f.value, f.qualifier, f.subject]), expected, label);
  }
}

test("measures from verbs and counted nouns", () => check([
  ["died after", "At least 14 people died in the shelling of Varnholt.", [["killed", 14, "at least", "people"]]],
  ["killing before", "A car bomb tore through Pelmar market, killing nine civilians.", [["killed", 9, null, "civilians"]]],
  ["passive killed", "Some 30 Arnor fighters were killed near the dam.", [["killed", 30, "about", "Arnor fighters"]]],
  ["wounded", "Twelve policemen were wounded in the ambush.", [["injured", 12, null, "policemen"]]],
  ["injured without deaths is no death", "Five soldiers were injured but none died.", [["injured", 5, null, "soldiers"]]],
  ["fled", "More than 4,000 villagers fled Osgiliath overnight.", [["displaced", 4000, "more than", "villagers"]]],
  ["forced to flee", "The offensive forced at least 2,500 residents to flee.", [["displaced", 2500, "at least", "residents"]]],
  ["trapped", "Nearly 40,000 people remain trapped in Varnholt.", [["besieged", 40000, "nearly", "people"]]],
  ["air strikes as counted noun", "Monitors counted 35 air strikes on Pelmar.", [["strikes", 35, null, "air strikes"]]],
  ["hit N targets", "Gondor jets hit 27 Arnor Front targets in the hills.", [["strikes", 27, null, "Arnor Front targets"]]],
  ["refugees", "Dunland hosts about 90,000 refugees from the war.", [["refugees", 90000, "about", "refugees"]]],
  ["arrested", "Police arrested 17 protesters in Pelmar square.", [["detained", 17, null, "protesters"]]],
  ["missing", "Eight fishermen are missing after the raid.", [["missing", 8, null, "fishermen"]]],
  ["plain count of people is other", "Roughly 60 nurses remain in the city.", [["other", 60, "about", "nurses"]]],
  ["percent is other", "Nearly 70 percent of the wells are dry.", [["other", 70, "nearly", "percent"]]],
  ["killed and wounded together is not a death count", "At least 11 guards were killed and wounded at the gate.", [["other", 11, "at least", "guards"]]],
  ["death toll", "The death toll rose to 31 on the second day.", [["killed", 31, null, "people"]]],
]));

test("numbers, ranges and vague words", () => check([
  ["number words", "Eighty fighters were killed in the battle.", [["killed", 80, null, "fighters"]]],
  ["millions in words", "Two million people have fled their homes.", [["displaced", 2000000, null, "people"]]],
  ["decimal million", "About 1.5 million people were displaced.", [["displaced", 1500000, "about", "people"]]],
  ["dozens is 12", "Dozens of militiamen were killed in the raid.", [["killed", 12, null, "militiamen"]]],
  ["tens of thousands", "The bombing forced tens of thousands to flee.", [["displaced", 10000, null, "people"]]],
  ["hundreds", "Hundreds of families fled the valley.", [["displaced", 100, null, "families"]]],
  ["a dozen", "A dozen soldiers were killed at the bridge.", [["killed", 12, null, "soldiers"]]],
  ["between and", "Between 12 and 15 rebels were killed.", [["killed", 12, null, "rebels"]]],
  ["hyphen range", "The blast killed 4-5 policemen.", [["killed", 4, null, "policemen"]]],
  ["up to", "Up to 200 detainees were freed.", [["detained", 200, "up to", "detainees"]]],
  ["as few as", "The garrison has as few as 300 troops.", [["other", 300, "as few as", "troops"]]],
  ["coordinated counts share the verb", "Fighting left 30 Arnor fighters and 41 Gondor soldiers dead.", [["killed", 30, null, "Arnor fighters"], ["killed", 41, null, "Gondor soldiers"]]],
  ["subset keeps the measure", "The ambush killed 9 soldiers, including 3 officers.", [["killed", 9, null, "soldiers"], ["killed", 3, null, "officers"]]],
  ["ellipsis keeps the count", "About 40 doctors remain, down from 700 in 2012.", [["other", 40, "about", "doctors"], ["other", 700, null, "doctors"]]],
]));

test("numbers that are no figures", () => check([
  ["year", "The dam was built in 1998 by Gondor.", []],
  ["age", "A 19-year-old fighter was among the guards.", []],
  ["compound adjective", "The three-story clinic in Pelmar was shelled.", []],
  ["model number", "Gondor bought the S-300 system and two T-72 units.", []],
  ["money", "The council paid $40,000 to the militia.", []],
  ["time span", "Fighting lasted 24 hours in Varnholt.", []],
  ["clock time", "The siren sounded at 10:30 in Pelmar.", []],
  ["ordinal", "It was the 3rd attack on the convoy.", []],
  ["date", "On 12 March the Front entered Pelmar.", []],
  ["unknown noun without a verb", "Two holes were left in the wall.", []],
  ["demonyms without a verb", "The paper is read by 27 million Arnorians.", []],
  ["one as a pronoun", "One official with the Front spoke to us.", []],
  ["resolution number", "The council passed Resolution 2254 on the war.", []],
]));

test("attribution", () => {
  const rows: [string, string, string | null, string[]][] = [
    ["X said", "At least 9 civilians were killed, the Pelmar Monitoring Group said.", "Pelmar Monitoring Group", ["Pelmar Monitoring Group"]],
    ["according to a person with title", "The raid forced 3,000 people to flee, according to Dr. Ilsa Morn, head of the Varnholt Relief Union.", "Ilsa Morn", ["Ilsa Morn"]],
    ["appositive", "Ilsa Morn, a doctor, said 12 patients were killed.", "Ilsa Morn", ["Ilsa Morn"]],
    ["unnamed speaker told an agency", "Forty people died, a member of the rescue team told Reuters.", "Reuters", ["a member of the rescue team", "Reuters"]],
    ["agency citing ministry", "Jets hit 12 targets, the news agency Ostwire reported, citing the Gondor Defense Ministry.", "Gondor Defense Ministry", ["Gondor Defense Ministry", "Ostwire"]],
    ["estimated, with a -based prefix", "The Dunland-based Observatory for Arnor Rights estimated that 40 air strikes hit Pelmar.", "Observatory for Arnor Rights", ["Observatory for Arnor Rights"]],
    ["said X", "\"They killed 14 of our men,\" said Jorin Vale, a commander.", "Jorin Vale", ["Jorin Vale"]],
    ["ministry said", "The Arnor Interior Ministry said 25 gunmen were arrested.", "Arnor Interior Ministry", ["Arnor Interior Ministry"]],
    ["no claimant", "At least 14 people died in the shelling.", null, []],
  ];
  for (const [label, sentence, who, chain] of rows) {
    const figures = figuresOf(sentence);
    assert.ok(figures.length > 0, `${label}: a figure`);
    assert.equal(figures[0].attributed_to, who, label);
    assert.deepEqual(figures[0].attribution_chain, chain, label);
  }
});

test("scope, place and date", () => {
  const rows: [string, string, "event" | "summary"][] = [
    ["one incident", "At least 14 people died in the shelling of Varnholt on Tuesday.", "event"],
    ["since the war began", "More than 9,000 people have been killed since the war began.", "summary"],
    ["in N years", "The conflict has displaced 40,000 people in four years.", "summary"],
    ["war-sized total", "More than 300,000 people have been killed.", "summary"],
    ["six-year-long conflict", "Some 500 fighters have died in the six-year-long conflict.", "summary"],
  ];
  for (const [label, sentence, scope] of rows) assert.equal(figuresOf(sentence)[0]?.scope, scope, label);

  const text = "At least 14 people died in Varnholt on Tuesday.";
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const place = { name: "Varnholt", role: "location", sentence: 0, evidence: at("Varnholt") } as PlaceMention;
  const date = { date: "2031-05-06", time_precision: 1, sentence: 0, rule: "date-weekday", evidence: at("on Tuesday") } as DateMention;
  const [f] = figuresOf(text, { places: [place], dates: [date] });
  assert.equal(f.place, "Varnholt");
  assert.equal(f.date, "2031-05-06");
});

test("a number word right after a year is still a count", () => {
  assert.deepEqual(figuresOf("On 10 March 2031 two Gondor air raids were reported on Pelmar.").map((f) => [f.measure, f.value]), [["strikes", 2]]);
});

test("a count right after a whole date is a count, not part of the date", () => {
  const rows: [string, string, string, [string, number][]][] = [
    ["digits after the year", "On 4 June 2031 3 Gondor guards were killed at Pelmar gate.", "On 4 June 2031", [["killed", 3]]],
    ["after the year and a comma", "On June 4, 2031, 12 villagers were wounded in Varnholt.", "On June 4, 2031", [["injured", 12]]],
    ["after a day and month", "On 4 June 17 Arnor riders were detained.", "On 4 June", [["detained", 17]]],
    ["after a numeric date", "On 04/06/2031 5 shepherds died in the raid.", "04/06/2031", [["killed", 5]]],
  ];
  for (const [label, text, written, expected] of rows) {
    const evidence = { start: text.indexOf(written), end: text.indexOf(written) + written.length, text: written };
    const date = { date: "2031-06-04", time_precision: 1, sentence: 0, rule: "date-test", evidence } as DateMention;
    assert.deepEqual(figuresOf(text, { dates: [date] }).map((f) => [f.measure, f.value]), expected, label);
  }
  assert.deepEqual(figuresOf("Flight 2031 3 crashed.").map((f) => f.value), [], "digits after digits with no date between stay no count");
});

test("dead and wounded: split counts get both measures, joined ones stay other", () => check([
  ["number words", "Four dead and nine wounded were counted in Bree.", [["killed", 4, null, "dead"], ["injured", 9, null, "wounded"]]],
  ["left N dead and M wounded", "The raid left five dead and eleven wounded.", [["killed", 5, null, "dead"], ["injured", 11, null, "wounded"]]],
  ["killed N and wounded M", "Orc raiders killed three and wounded six herders in Bree.", [["killed", 3, null, "people"], ["injured", 6, null, "herders"]]],
  ["killed and wounded N", "The ambush killed and wounded 8 riders.", [["other", 8, null, "riders"]]],
  ["N casualties", "The shelling caused 23 casualties in Varnholt.", [["other", 23, null, "casualties"]]],
]));

test("the verb a count's fate ends with, past an aside", () => check([
  ["abducted and killed", "Two herders were abducted and killed by raiders near Bree.", [["killed", 2, null, "herders"]]],
  ["abducted and later killed", "Five riders were abducted and later killed.", [["killed", 5, null, "riders"]]],
  ["detained and beaten stays detained", "Four guards were detained and beaten in Pelmar.", [["detained", 4, null, "guards"]]],
  ["aside between people and verb", "Two guards (off duty) were killed at the gate.", [["killed", 2, null, "guards"]]],
  ["hyphenated words count once", "One pro-Gondor militia member was shot dead in Bree.", [["killed", 1, null, "people"]]],
]));

test("each figure takes the claimant of its own clause", () => {
  const rows: [string, string, (string | null)[]][] = [
    ["while", "The Gondor Ministry said 5 guards died while the Arnor Council said 10 were killed.", ["Gondor Ministry", "Arnor Council"]],
    ["trailing speakers", "Six riders died, the Bree Watch said, but the Pelmar Relief Union said 14 were killed.", ["Bree Watch", "Pelmar Relief Union"]],
    ["a clause without a claimant takes the earlier one's", "The Bree Watch said 4 died and 2 were hurt, whereas Ilsa Morn said 9 died.", ["Bree Watch", "Bree Watch", "Ilsa Morn"]],
    ["one claimant for all", "According to the Bree Watch, 7 riders were killed and 3 were wounded.", ["Bree Watch", "Bree Watch"]],
  ];
  for (const [label, text, who] of rows) assert.deepEqual(figuresOf(text).map((f) => f.attributed_to), who, label);
});

test("a subset with its own measure keeps it", () => check([
  ["casualties including dead", "The blast caused 30 casualties, including 5 dead.", [["other", 30, null, "casualties"], ["killed", 5, null, "dead"]]],
  ["casualties including dead and wounded", "The mortar left 14 casualties among them three dead and 11 wounded.", [["other", 14, null, "casualties"], ["killed", 3, null, "dead"], ["injured", 11, null, "wounded"]]],
]));

test("a pronoun speaker is the last claimant named earlier in the paragraph", () => {
  const rows: [string, string, string | null][] = [
    ["he said", "The Pelmar Relief Union said the raid was unlawful. Nine people were killed, he said.", "Pelmar Relief Union"],
    ["said she", "Ilsa Morn told reporters the clinic was hit. \"Four nurses died,\" said she.", "Ilsa Morn"],
    ["no earlier claimant", "The raid was unlawful. Nine people were killed, he said.", null],
    ["no pronoun: nothing carries", "The Pelmar Relief Union said the raid was unlawful. Nine people were killed.", null],
  ];
  for (const [label, text, who] of rows) assert.equal(figuresOf(text).at(-1)?.attributed_to, who, label);
});

test("headline counts are not figures", () => {
  const text = "Twelve Dead in Pelmar Clash\n\nJets struck Pelmar on Monday, killing 12 people.";
  const body = text.indexOf("Jets");
  const { doc } = makeTestDocument(text);
  const sentences = [
    { index: 0, start: 0, end: text.indexOf("\n"), text: text.slice(0, text.indexOf("\n")), paragraph: 0 },
    { index: 1, start: body, end: text.length, text: text.slice(body), paragraph: 1 },
  ];
  const figures = findFigures(doc, sentences, { places: [], dates: [], actors: [] });
  assert.deepEqual(figures.map((f) => [f.sentence, f.value]), [[1, 12]], "only the body's count");
  const stopped = "Twelve people died in Pelmar.\n\nJets struck Pelmar on Monday, killing 12 people.";
  const lines = [
    { index: 0, start: 0, end: stopped.indexOf("\n"), text: stopped.slice(0, stopped.indexOf("\n")), paragraph: 0 },
    { index: 1, start: stopped.indexOf("Jets"), end: stopped.length, text: stopped.slice(stopped.indexOf("Jets")), paragraph: 1 },
  ];
  const kept = findFigures(makeTestDocument(stopped).doc, lines, { places: [], dates: [], actors: [] });
  assert.deepEqual(kept.map((f) => f.sentence), [0, 1], "a first line ending in a stop is a sentence, not a headline");
});

test("unknown counts are ACLED's 10, and only with a verb", () => check([
  ["several killed", "The Front ambushed the convoy, killing several Gondor riders.", [["killed", 10, null, "Gondor riders"]]],
  ["a number of, passive", "A number of Arnor guards were killed at the ford.", [["killed", 10, null, "Arnor guards"]]],
  ["an unknown number of", "The shelling killed an unknown number of fighters.", [["killed", 10, null, "fighters"]]],
  ["unknown dead among casualties", "Gondor troops repelled the raid, killing and injuring several Arnor riders.", [["killed", 10, null, "Arnor riders"]]],
  ["killing and wounding of", "The raid on the ford caused the killing and wounding of a number of guards.", [["killed", 10, null, "guards"]]],
  ["a known casualty count stays other", "Clashes left 12 guards killed and wounded.", [["other", 12, null, "guards"]]],
  ["no verb, no figure", "The Front took several villages near Bree.", []],
  ["deaths and injuries together are no death toll", "The raid on Bree left 12 deaths and injuries.", [["other", 12, null, "deaths"]]],
  ["a toll noun alone is no figure", "Several fatalities at the ford of Bree.", []],
  ["a toll noun after a verb of result", "The shelling of Bree caused several fatalities.", [["killed", 10, null, "fatalities"]]],
  ["unspecified number", "Guards attacked the camp and an unspecified number of raiders were killed.", [["killed", 10, null, "raiders"]]],
]));

test("coordinated and listed counts share one verb", () => check([
  ["modifier only", "Amid the shelling 12 Arnor and 3 Gondor riders were killed.", [["killed", 12, null, "people"], ["killed", 3, null, "Gondor riders"]]],
  ["object list", "The blast killed 9 guards and 3 shepherds near Bree.", [["killed", 9, null, "guards"], ["killed", 3, null, "shepherds"]]],
  ["object list after of-name", "The raid killed 3 members of the Dunland Front and 7 Arnor riders.", [["killed", 3, null, "members"], ["killed", 7, null, "Arnor riders"]]],
  ["from-name and bare count", "Four clansmen from Harad and two from Rhun were killed.", [["killed", 4, null, "clansmen"], ["killed", 2, null, "people"]]],
  ["along with", "Nine Arnor riders along with 4 Gondor guards were killed.", [["killed", 9, null, "Arnor riders"], ["killed", 4, null, "Gondor guards"]]],
  ["a single person after a count", "The shell killed 3 children and a woman in Bree.", [["killed", 3, null, "children"], ["killed", 1, null, "woman"]]],
  ["a single person before a count", "A Bree city guard and 2 Dunland riders were killed.", [["killed", 1, null, "Bree city guard"], ["killed", 2, null, "Dunland riders"]]],
  ["a single person alone is left to the events stage", "A guard was killed in Bree.", []],
  ["a breakdown is no list", "The raid killed 12 people, 3 of them guards.", [["killed", 12, null, "people"], ["other", 3, null, "guards"]]],
  ["a place between is no list", "Fighting burned 12 houses in Bree and 3 guards were killed.", [["other", 12, null, "houses"], ["killed", 3, null, "guards"]]],
]));

test("what stands between the count and its verb", () => check([
  ["and/or in the subject", "On the road 4 Arnor and/or Dunland riders were killed by the guards.", [["killed", 4, null, "Arnor and/or Dunland riders"]]],
  ["an acronym is a name", "Near Bree 6 Arnor and/or DF riders were killed.", [["killed", 6, null, "Arnor and/or DF riders"]]],
  ["a subset without a number is an aside", "Five Arnor riders including a captain were killed at the ford.", [["killed", 5, null, "Arnor riders"]]],
  ["a long subset aside", "Six riders including a deputy captain of the Dunland Front were killed.", [["killed", 6, null, "riders"]]],
  ["the killing of", "The clash resulted in the killing of 2 shepherds.", [["killed", 2, null, "shepherds"]]],
  ["the wounding of", "The raid led to the wounding of 9 guards.", [["injured", 9, null, "guards"]]],
  ["a passive participle counts nothing after it", "9 raiders were killed 4 were wounded and 2 were arrested.", [["killed", 9, null, "raiders"], ["injured", 4, null, "people"], ["detained", 2, null, "people"]]],
  ["an active verb with an object: the count is the agent", "Three gunmen killed two shepherds in Bree.", [["other", 3, null, "gunmen"], ["killed", 2, null, "shepherds"]]],
  ["an agent is no object of an earlier verb", "Riders shot dead a guard and 3 gunmen killed a shepherd.", [["killed", 1, null, "guard"], ["other", 3, null, "gunmen"]]],
  ["a plural count does not agree with was", "A shepherd out with his three children on the Bree road was shot dead.", [["other", 3, null, "children"]]],
  ["a unit's number is no count", "The 21 Brigade killed 6 raiders near Bree.", [["killed", 6, null, "raiders"]]],
  ["a new clause is no gap", "Hundreds of students and those with relatives killed in the raid marched in Bree.", [["other", 100, null, "students"]]],
]));

test("a figure across a wider area is a summary", () => {
  assert.equal(figuresOf("Some 21 Arnor riders were killed in fighting across the region.")[0]?.scope, "summary");
});

test("a passive speech verb names no claimant", () => {
  const rows: [string, string, string | null][] = [
    ["were reported killed", "A number of Arnor riders were reported killed.", null],
    ["as reported on", "As reported on 3 May 9 guards were killed in Bree.", null],
    ["as reported by keeps the agent", "Five guards were killed, as reported by the Bree Courier.", "Bree Courier"],
  ];
  for (const [label, text, who] of rows) assert.equal(figuresOf(text)[0]?.attributed_to ?? null, who, label);
});

test("a whole group counted before, and both of two", () => check([
  ["all the victims died", "Gunmen attacked three farmers in Bree. All the victims died.", [["other", 3, null, "farmers"], ["killed", 3, null, "victims"]]],
  ["the victims were wounded", "Riders attacked 2 farmers near Archet. The victims were wounded.", [["other", 2, null, "farmers"], ["injured", 2, null, "victims"]]],
  ["one of the victims is not all", "Riders attacked 2 farmers near Archet. One of the victims died.", [["other", 2, null, "farmers"], ["killed", 1, null, "victims"]]],
  ["no group counted before", "Gunmen attacked a farm in Bree. All the victims died.", []],
  ["both with a verb", "Riders shot at two guards in Bree. Both guards died.", [["other", 2, null, "guards"], ["killed", 2, null, "guards"]]],
  ["both without a verb", "Riders shelled both banks of the river.", []],
]));
