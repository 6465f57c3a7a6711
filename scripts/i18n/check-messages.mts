// Prints what is wrong with one or more locales' messages (lib/i18n/message-check.ts):
//   npx tsx scripts/i18n/check-messages.mts de fr
// Exits 1 when anything is. The same checks run in `npm test` (lib/i18n/messages.test.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkMessages, type Messages } from "../../lib/i18n/message-check";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => JSON.parse(readFileSync(path.join(root, "messages", file), "utf8")) as unknown;
const english = read("en.json") as Messages;
/** Keys whose text may stay as in English for this locale: names, acronyms, codes. */
function allowedSameAsEnglish(locale: string): string[] {
  try {
    return read(`same-as-english/${locale}.json`) as string[];
  } catch {
    return [];
  }
}
let failed = false;
for (const locale of process.argv.slice(2)) {
  const problems = checkMessages(locale, read(`${locale}.json`) as Messages, english, allowedSameAsEnglish(locale));
  console.log(`${locale}: ${problems.length} problem(s)`);
  for (const problem of problems) console.log(`  ${problem}`);
  if (problems.length) failed = true;
}
process.exit(failed ? 1 : 0);
