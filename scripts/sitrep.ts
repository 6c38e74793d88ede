// Runs the CLI straight from the TypeScript sources (no build step), for development:
//   npx tsx scripts/sitrep.ts extract ../shared/seeds/*.txt --json
import { main } from "../src/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
