import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "./find-dates.js";
import { makeTestDocument } from "../../util/make-test-document.js";

type Row = [label: string, text: string, published: string | null, expected: [evidence: string, date: string | null, precision: number][]];

function check(rows: Row[]): void {
  for (const [label, text, published, expected] of rows) {
    const { doc, sentences } = makeTestDocument(text, published);
    const { dates } = findDates(doc, sentences);
    for (const d of dates) assert.equal(d.evidence.text, text.slice(d.evidence.start, d.evidence.end), label);
    assert.deepEqual(dates.map((d) => [d.evidence.text, d.date, d.time_precision]), expected, label);
  }
}

// 2016-08-18 is a Thursday.
const THU = "2016-08-18";

test("absolute dates resolve without a reference", () => check([
  ["day month year", "Militia fighters shelled Varnholt on 2 November 2019.", null, [["on 2 November 2019", "2019-11-02", 1]]],
  ["abbreviated month", "The Gondor Brigade entered Osgiliath on 2 Nov 2019.", null, [["on 2 Nov 2019", "2019-11-02", 1]]],
  ["month day, year", "Talks in Pelmar collapsed on November 2, 2019.", null, [["on November 2, 2019", "2019-11-02", 1]]],
  ["iso", "The report is dated 2019-11-02 in Pelmar.", null, [["2019-11-02", "2019-11-02", 1]]],
  ["weekday before a full date", "On Saturday, 2 November 2019 a convoy was hit.", null, [["On Saturday, 2 November 2019", "2019-11-02", 1]]],
  ["month and year is precision 3", "Fighting in Varnholt began in March 2018.", null, [["in March 2018", "2018-03-15", 3]]],
  ["numeric, day first when unambiguous", "The strike on 25/03/2019 hit a school.", null, [["25/03/2019", "2019-03-25", 1]]],
  ["numeric, ambiguous without reference", "The strike on 02/03/2019 hit a school.", null, [["02/03/2019", null, 1]]],
  ["numeric, ambiguous resolved to the past reading", "The strike on 02/03/2019 hit a school.", "2019-02-10", [["02/03/2019", "2019-02-03", 1]]],
  ["invalid day is no date", "Unit 31 February 2019 was disbanded.", null, []],
  ["a count after the year is not part of the date", "On 29 February 2020 3 guards were killed.", null, [["On 29 February 2020", "2020-02-29", 1]]],
  ["a count after month day, year", "On March 3, 2031 14 riders fled.", null, [["On March 3, 2031", "2031-03-03", 1]]],
]));

test("weekdays resolve to the most recent such day on or before the reference", () => check([
  ["past weekday", "Rebels attacked Osgiliath on Tuesday.", THU, [["on Tuesday", "2016-08-16", 1]]],
  ["a weekday after the reference's weekday is last week", "Rebels attacked Osgiliath on Friday.", THU, [["on Friday", "2016-08-12", 1]]],
  ["same weekday is the reference day", "Rebels attacked Osgiliath on Thursday.", THU, [["on Thursday", "2016-08-18", 1]]],
  ["last weekday is strictly before", "Rebels attacked Osgiliath last Thursday.", THU, [["last Thursday", "2016-08-11", 1]]],
  ["late on", "The offensive was announced late on Wednesday.", THU, [["late on Wednesday", "2016-08-17", 1]]],
  ["overnight on", "Forty shells fell overnight on Monday.", THU, [["overnight on Monday", "2016-08-15", 1]]],
  ["weekday night", "The convoy was ambushed Tuesday night.", THU, [["Tuesday night", "2016-08-16", 1]]],
  ["two days, two mentions", "Jets struck Pelmar on Tuesday and Wednesday.", THU, [["on Tuesday", "2016-08-16", 1], ["Wednesday", "2016-08-17", 1]]],
  ["without reference the date is null", "Rebels attacked Osgiliath on Tuesday.", null, [["on Tuesday", null, 1]]],
]));

test("relative expressions", () => check([
  ["yesterday", "A mortar hit the market yesterday.", THU, [["yesterday", "2016-08-17", 1]]],
  ["today", "Fighting continues today in Varnholt.", THU, [["today", "2016-08-18", 1]]],
  ["days ago", "The bridge fell three days ago.", THU, [["three days ago", "2016-08-15", 1]]],
  ["weeks ago is precision 2", "The commander was hurt two weeks ago.", THU, [["two weeks ago", "2016-08-04", 2]]],
  ["last week is mid-week of the previous week", "The siege tightened last week.", THU, [["last week", "2016-08-10", 2]]],
  ["last month is the 15th of the previous month", "The campaign began last month.", THU, [["last month", "2016-07-15", 3]]],
  ["earlier this month", "But earlier this month the rebels broke through.", THU, [["earlier this month", "2016-08-15", 3]]],
  ["in a month, past-only", "The dam was captured in October.", THU, [["in October", "2015-10-15", 3]]],
  ["in a month of this year", "The dam was captured in May.", THU, [["in May", "2016-05-15", 3]]],
  ["lower-case may is a verb", "Fighters may return in force.", THU, []],
  ["vague count is unresolved", "The dam was captured a few days ago.", THU, [["a few days ago", null, 1]]],
  ["no reference: relative dates are null", "The siege tightened last week, and yesterday a mortar hit.", null, [["last week", null, 2], ["yesterday", null, 1]]],
  ["day month without year uses the reference, past-only", "Pelmar fell on 20 August.", THU, [["on 20 August", "2015-08-20", 1]]],
]));

test("dateline", () => {
  const rows: [string, string, string | null][] = [
    ["date alone on a line", "Gondor's Long War\n\n18 August 2016\n\nJets struck Pelmar on Tuesday.", "2016-08-18"],
    ["month first", "August 18, 2016\nJets struck Pelmar on Tuesday.", "2016-08-18"],
    ["published label with time", "Headline here\nPublished: 2016-08-18 10:32 GMT\nBody text.", "2016-08-18"],
    ["wire dateline with year", "PELMAR, Aug 18, 2016 (Reuters) - Jets struck the town.", "2016-08-18"],
    ["wire dateline without year gives no dateline", "PELMAR, Aug 18 (Reuters) - Jets struck the town.", null],
    ["a date inside a sentence is not a dateline", "Jets struck Pelmar on 18 August 2016, killing four.", null],
  ];
  for (const [label, text, expected] of rows) {
    const { doc, sentences } = makeTestDocument(text);
    assert.equal(findDates(doc, sentences).dateline, expected, label);
  }
  const { doc, sentences } = makeTestDocument("Pelmar news\n18 August 2016\nJets struck Pelmar on Tuesday.");
  assert.equal(findDates(doc, sentences).dates.find((d) => d.rule === "date-weekday")?.date, "2016-08-16", "dateline is the reference");
});

// 2031-03-06 is a Thursday early in the month; 2031-03-27 a Thursday late in it.
test("month-relative and day-window expressions never pass the reference", () => check([
  ["earlier this month, dated before the 15th", "Earlier this month the Front shelled Varnholt.", "2031-03-06", [["Earlier this month", "2031-03-03", 3]]],
  ["earlier this month, dated after the 15th", "Earlier this month the Front shelled Varnholt.", "2031-03-27", [["Earlier this month", "2031-03-15", 3]]],
  ["this month on the 1st", "Raids on Pelmar rose this month.", "2031-03-01", [["this month", "2031-03-01", 3]]],
  ["past 24 hours", "Police in Osgiliath said 6 gunmen were killed over the past 24 hours.", "2031-03-06", [["over the past 24 hours", "2031-03-05", 1]]],
  ["last 24 hours in words", "In the last twenty-four hours the militia lost two posts.", "2031-03-06", [["In the last twenty-four hours", "2031-03-05", 1]]],
  ["overnight alone", "Drones struck the Pelmar depot overnight.", "2031-03-06", [["overnight", "2031-03-05", 1]]],
  ["overnight on a weekday keeps the weekday", "Drones struck the depot overnight on Monday.", "2031-03-06", [["overnight on Monday", "2031-03-03", 1]]],
  ["24 hours without a window is no date", "The truce held for 24 hours.", "2031-03-06", []],
]));

test("a year alone is a mention without a date", () => check([
  ["in a year", "Arnor seized the pass in 2019 and kept it.", "2031-03-06", [["in 2019", null, 3]]],
  ["since early", "The road has been closed since early 2027.", null, [["since early 2027", null, 3]]],
  ["month and year stays precise", "Gondor lost the pass in May 2029.", null, [["in May 2029", "2029-05-15", 3]]],
  ["a count is no year", "The flood destroyed 2,019 homes.", null, []],
  ["a year in a range is left alone", "The mission ran in 2019-2021.", null, []],
]));

test("a window counts back from the report's own date", () => check([
  ["reported on a date, past 24 hours", "Reported on 4 May 2031 over the past 24 hours, 6 Arnor fighters were killed.", "2031-05-10",
    [["over the past 24 hours", "2031-05-03", 1]]],
  ["an event date before the window stays", "Jets struck Pelmar on 4 May 2031 over the past 24 hours.", "2031-05-10",
    [["on 4 May 2031", "2031-05-04", 1], ["over the past 24 hours", "2031-05-09", 1]]],
]));

test("a range of days is its middle day, with week precision", () => check([
  ["day-day month year", "Police detained 40 riders in Bree between 24 and 27 May 2031.", null, [["between 24 and 27 May 2031", "2031-05-26", 2]]],
  ["month day-day", "As reported between May 16-18 the guards seized 12 boats.", "2031-05-20", [["between May 16-18", "2031-05-17", 2]]],
  ["two days: the later one", "Between the 28 and 29 October 2030 riders clashed in Bree.", null, [["Between the 28 and 29 October 2030", "2030-10-29", 2]]],
  ["longer than a week is the month", "From 3 to 20 June 2031 the road was closed.", null, [["3 to 20 June 2031", "2031-06-12", 3]]],
  ["no reference, no year: no date", "Between May 16-18 the guards seized 12 boats.", null, [["Between May 16-18", null, 2]]],
  ["a missing space after On", "On7 February 2031 five raids hit Bree.", null, [["On7 February 2031", "2031-02-07", 1]]],
]));
