// What every stage needs, built once and passed down: the gazetteer, the lexicons, the user's options.
// No module globals: two contexts (say, two gazetteers) can live side by side.
import type { Gazetteer } from "./gazetteer/gazetteer.js";
import { loadGazetteer } from "./gazetteer/gazetteer.js";
import type { ActorLexicon } from "./stages/05-actors/actor-lexicon.js";
import { loadActorLexicon } from "./stages/05-actors/actor-lexicon.js";
import type { EventRules } from "./stages/07-events/event-rules.js";
import { loadEventRules } from "./stages/07-events/event-rules.js";

export interface ExtractOptions {
  /** Publication date to resolve relative dates against (YYYY-MM-DD), when the document does not carry one. */
  published?: string | null;
  /** Bias place resolution to a country (ISO2). */
  country?: string | null;
  /** Bias place resolution near a point. */
  near?: { latitude: number; longitude: number } | null;
  /** Keep sentence records in the output. */
  keepSentences?: boolean;
}

export interface Context {
  gazetteer: Gazetteer;
  actors: ActorLexicon;
  /** Event triggers, protest modifiers and statement-kind cues (data/events/). */
  events: EventRules;
  options: ExtractOptions;
}

export interface ContextSources {
  /** Extra actor lexicon files (TSV) a user brings. */
  actorFiles?: string[];
  /** A gazetteer database/cache path other than the default. */
  gazetteerPath?: string | null;
}

export async function createContext(options: ExtractOptions = {}, sources: ContextSources = {}): Promise<Context> {
  const [gazetteer, actors] = await Promise.all([
    loadGazetteer({ path: sources.gazetteerPath ?? null }),
    loadActorLexicon({ extraFiles: sources.actorFiles ?? [] }),
  ]);
  return { gazetteer, actors, events: loadEventRules(), options };
}
