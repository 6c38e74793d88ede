// Rounds of watching until stopped: load the state, run a round, save the state, sleep `intervalMs`
// (cut short by the signal), again. With `once`, one round. The state is saved after every round, so a
// restart never fetches an item twice.
import { delay } from "./host-pacer.js";
import { runWatchRound, type WatchDeps } from "./watch-round.js";
import { loadWatchState, saveWatchState } from "./watch-state.js";

export interface WatchLoopOptions {
  feeds: readonly string[];
  statePath: string;
  intervalMs: number;
  once: boolean;
  signal?: AbortSignal;
  /** Called after each round is saved, with its number from 1. */
  onRound?: (round: number) => void;
}

export async function watchFeeds(options: WatchLoopOptions, deps: WatchDeps): Promise<number> {
  let state = await loadWatchState(options.statePath);
  let round = 0;
  while (!options.signal?.aborted) {
    state = await runWatchRound(options.feeds, state, deps);
    await saveWatchState(options.statePath, state);
    options.onRound?.(++round);
    if (options.once) break;
    await delay(options.intervalMs, options.signal);
  }
  return round;
}
