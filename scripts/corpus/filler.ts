// Paragraphs that carry no event: background, analysis, diplomacy, and the boilerplate lines publishers wrap
// around articles. They make the corpus look like news and give the pipeline text it must not code.

export const FILLER_PARAGRAPHS: readonly string[] = [
  "The conflict has displaced millions of people since it began, and aid agencies say funding for the humanitarian response covers less than a third of what is needed this year.",
  "Diplomats meeting in Geneva last month failed to agree on the terms of a ceasefire, with both sides accusing the other of violating earlier arrangements to open humanitarian corridors.",
  "Analysts say control of the main highway is crucial for both sides because it links the coast with the interior and carries most of the commercial traffic in the region.",
  "Prices of fuel and flour have more than doubled in recent weeks, and long queues form outside bakeries every morning, residents say.",
  "The United Nations has repeatedly called on all parties to respect international humanitarian law and to refrain from targeting schools, hospitals and markets.",
  "Independent verification of casualty figures is difficult because access for journalists is severely restricted and communications are often cut.",
  "In a televised address, the president promised to restore security and urged citizens to cooperate with the authorities.",
  "Relief workers warned that the coming winter would worsen conditions in overcrowded camps, where many families live in tents without heating.",
  "The offensive follows weeks of preparation, with reinforcements and heavy equipment seen moving along the main roads, according to satellite imagery reviewed by researchers.",
  "Human rights groups have documented hundreds of cases of arbitrary detention over the past year and called for an independent investigation.",
  "A local council member said schools had been closed for the rest of the week and that families were sheltering in basements.",
  "The foreign ministry summoned the ambassador to protest what it called a flagrant violation of national sovereignty.",
  "Economic activity in the province has collapsed, and the local currency has lost nearly half of its value against the dollar since the start of the year.",
  "Negotiators are expected to resume talks next week, although few observers expect a breakthrough before the elections scheduled for the autumn.",
];

export const BOILERPLATE_LINES: readonly string[] = [
  "Follow us on Twitter and Facebook for the latest updates.",
  "Sign up for our newsletter",
  "Advertisement",
  "Read more:",
  "Share this article",
  "Copyright 2031 The Brannoch Courier. All rights reserved.",
  "Reporting by staff correspondents; Editing by the world desk",
  "Related coverage",
];

export const HEADLINE_TEMPLATES: readonly string[] = [
  "{Kind} kills {killed} in {place}",
  "Dozens hurt as {kind} hits {place}",
  "{Place}: {kind} reported as fighting spreads",
  "Fresh violence in {place} after weeks of calm",
];
