// Where the corpus's incidents happen: a few real theatres (real towns, real kinds of actors) and an invented
// one (Arventa), so that no rule can pass by knowing the real world. Each theatre lists its towns and the
// sides that fight, protest or are targeted there.

export interface Side {
  /** How a report first names the side: "Syrian government forces". */
  names: readonly string[];
  role: "state" | "rebels" | "militia" | "external" | "civilians" | "protesters";
}

export interface Theatre {
  country: string;
  /** Whether the place names exist (so the gazetteer may know them). */
  real: boolean;
  towns: readonly string[];
  /** Smaller places named "near {town}" or "the village of ...". */
  villages: readonly string[];
  sides: readonly Side[];
  /** Who a report quotes: monitors, officials, medics. */
  claimants: readonly string[];
}

const CIVILIANS: Side = { names: ["civilians", "residents", "villagers", "displaced families"], role: "civilians" };

export const THEATRES: readonly Theatre[] = [
  {
    country: "Syria", real: true,
    towns: ["Aleppo", "Idlib", "Homs", "Hama", "Deir ez-Zor", "Raqqa", "Maarat al-Numan", "Saraqib", "Daraa", "Manbij"],
    villages: ["Khan Tuman", "Kafr Nabl", "Tal Rifaat", "Jisr al-Shughur", "Ariha"],
    sides: [
      { names: ["Syrian government forces", "regime forces", "the Syrian army", "government troops"], role: "state" },
      { names: ["rebel fighters", "opposition factions", "insurgents"], role: "rebels" },
      { names: ["Russian warplanes", "Russian aircraft"], role: "external" },
      { names: ["Islamic State militants", "IS fighters"], role: "rebels" },
      CIVILIANS,
    ],
    claimants: ["the Syrian Observatory for Human Rights", "local activists", "the White Helmets", "a medic at the scene"],
  },
  {
    country: "Yemen", real: true,
    towns: ["Taiz", "Marib", "Hodeidah", "Aden", "Sanaa", "Saada", "Mukalla"],
    villages: ["al-Mokha", "Hays", "Sirwah"],
    sides: [
      { names: ["Houthi fighters", "the Houthis", "Ansar Allah fighters"], role: "rebels" },
      { names: ["Saudi-led coalition aircraft", "coalition warplanes"], role: "external" },
      { names: ["pro-government forces", "Yemeni government troops"], role: "state" },
      CIVILIANS,
    ],
    claimants: ["a local health official", "the Houthi-run Saba news agency", "a coalition spokesman", "medical sources"],
  },
  {
    country: "Afghanistan", real: true,
    towns: ["Kunduz", "Kandahar", "Lashkar Gah", "Jalalabad", "Ghazni", "Herat", "Kabul"],
    villages: ["Chahar Dara", "Imam Sahib", "Nad Ali"],
    sides: [
      { names: ["Taliban fighters", "the Taliban", "insurgents"], role: "rebels" },
      { names: ["Afghan security forces", "Afghan soldiers", "police"], role: "state" },
      CIVILIANS,
    ],
    claimants: ["a provincial spokesman", "the interior ministry", "a Taliban spokesman", "hospital officials"],
  },
  {
    country: "Somalia", real: true,
    towns: ["Mogadishu", "Kismayo", "Baidoa", "Beledweyne", "Afgoye", "Jowhar"],
    villages: ["Leego", "Bulo Burte", "Jilib"],
    sides: [
      { names: ["al-Shabaab militants", "al-Shabaab fighters"], role: "rebels" },
      { names: ["Somali troops", "government soldiers", "Somali police"], role: "state" },
      { names: ["African Union peacekeepers"], role: "external" },
      CIVILIANS,
    ],
    claimants: ["a police officer", "Aamin Ambulance services", "a witness", "the security ministry"],
  },
  {
    country: "Libya", real: true,
    towns: ["Tripoli", "Benghazi", "Sirte", "Misrata", "Derna", "Gharyan"],
    villages: ["Ain Zara", "Tarhuna", "Wadi Rabie"],
    sides: [
      { names: ["forces loyal to the Tripoli government", "GNA-aligned forces"], role: "state" },
      { names: ["Haftar's Libyan National Army", "LNA forces"], role: "militia" },
      CIVILIANS,
    ],
    claimants: ["the health ministry", "an LNA spokesman", "a hospital director", "UN officials"],
  },
  {
    country: "Iraq", real: true,
    towns: ["Mosul", "Fallujah", "Kirkuk", "Tikrit", "Ramadi", "Baghdad", "Baiji"],
    villages: ["Qayyarah", "Hawija", "Tal Afar"],
    sides: [
      { names: ["Iraqi security forces", "Iraqi troops", "the Iraqi army"], role: "state" },
      { names: ["Islamic State militants", "IS fighters", "jihadists"], role: "rebels" },
      { names: ["protesters", "demonstrators"], role: "protesters" },
      CIVILIANS,
    ],
    claimants: ["a security source", "the Joint Operations Command", "a local official", "police sources"],
  },
  {
    country: "Arventa", real: false,
    towns: ["Brannoch", "Tel Marrow", "Quillan", "Essenby", "Dravik", "Solmere", "Lunhaven", "Corrastead"],
    villages: ["Karth Ridge", "Oldwater", "Penhallow", "Misket"],
    sides: [
      { names: ["the Arventan army", "Arventan government forces", "troops of the Ninth Division"], role: "state" },
      { names: ["the Northern Liberation Front", "NLF fighters", "rebels of the Front"], role: "rebels" },
      { names: ["the Red Hand militia", "Red Hand gunmen"], role: "militia" },
      { names: ["Calvorian jets", "the Calvorian air force"], role: "external" },
      { names: ["students", "marchers", "striking dockworkers"], role: "protesters" },
      CIVILIANS,
    ],
    claimants: ["the Brannoch Monitor", "a regional governor", "the Arventan Red Crescent", "a Front commander"],
  },
];

export const OUTLETS: readonly string[] = ["Reuters", "AFP", "the Associated Press", "Al Jazeera", "the BBC", "the Brannoch Courier"];
