// What an organisation representative or community official writes when they put a question
// to people (issue 8), validated once (FormData via zod-form-data). The options are two
// textareas, one option per line: line N of the Ukrainian list and line N of the English list
// are the same option. Times are wall-clock times in the chosen zone, turned into UTC here.
// Error messages are keys under `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { PollAudience, PollResultsVisibility } from "@/generated/prisma/enums";
import { isTimeZone, formTimeInZone } from "@/lib/event/zoned-time";
import { localizedTexts, optionalText, pageLocale, recordKey, requireLocalizedText, wallClockTime } from "@/lib/forms/fields";
import { ownerField } from "@/lib/listing/owner";

/** Most options a poll may have (issue 8: 2–20), counting nominations still waiting. */
export const MAX_POLL_OPTIONS = 20;
export const MIN_POLL_OPTIONS = 2;
export const MAX_OPTION_LABEL = 120;

export type OptionLabel = { uk?: string; en?: string };
type OptionField = "optionsUk" | "optionsEn";
export type OptionLinesIssue = {
  path: OptionField;
  message: "required" | "tooLong" | "linesMismatch" | "tooFewOptions" | "tooManyOptions";
};

const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The options typed into the two textareas, paired line by line (blank lines do not count).
 * Either list may be left empty; when both are filled they must have as many lines. Without
 * nominations a poll needs 2–20 options; with them it may start empty (members nominate).
 */
export function parseOptionLines(
  uk: string | undefined,
  en: string | undefined,
  allowNominations: boolean,
): { options: OptionLabel[]; issues: OptionLinesIssue[] } {
  const ukLines = lines(uk);
  const enLines = lines(en);
  const issues: OptionLinesIssue[] = [];
  if (ukLines.some((line) => line.length > MAX_OPTION_LABEL)) issues.push({ path: "optionsUk", message: "tooLong" });
  if (enLines.some((line) => line.length > MAX_OPTION_LABEL)) issues.push({ path: "optionsEn", message: "tooLong" });
  if (ukLines.length && enLines.length && ukLines.length !== enLines.length) {
    // Which line belongs to which would be a guess: ask for the lists to match.
    issues.push({ path: "optionsEn", message: "linesMismatch" });
    return { options: [], issues };
  }
  const count = Math.max(ukLines.length, enLines.length);
  const field: OptionField = ukLines.length || !enLines.length ? "optionsUk" : "optionsEn";
  if (count > MAX_POLL_OPTIONS) issues.push({ path: field, message: "tooManyOptions" });
  if (!allowNominations && count < MIN_POLL_OPTIONS) issues.push({ path: field, message: count === 0 ? "required" : "tooFewOptions" });
  const options = Array.from({ length: count }, (_, i): OptionLabel => ({
    ...(ukLines[i] ? { uk: ukLines[i] } : {}),
    ...(enLines[i] ? { en: enLines[i] } : {}),
  }));
  return { options, issues };
}

export const pollFormSchema = zfd
  .formData({
    ...localizedTexts("question", 300),
    ...localizedTexts("description", 4000),
    // Length is checked per line in parseOptionLines; this only bounds the request.
    optionsUk: zfd.text(
      z
        .string()
        .max(MAX_POLL_OPTIONS * (MAX_OPTION_LABEL + 2) * 2, { error: "tooLong" })
        .optional(),
    ),
    optionsEn: zfd.text(
      z
        .string()
        .max(MAX_POLL_OPTIONS * (MAX_OPTION_LABEL + 2) * 2, { error: "tooLong" })
        .optional(),
    ),
    audience: zfd.text(z.enum(PollAudience, { error: "required" })),
    isAnonymous: zfd.checkbox(),
    allowNominations: zfd.checkbox(),
    resultsVisibility: zfd.text(z.enum(PollResultsVisibility, { error: "required" })),
    timeZone: zfd.text(z.string({ error: "required" }).trim().refine(isTimeZone, { error: "invalid" })),
    opensLocal: wallClockTime,
    closesLocal: wallClockTime,
  })
  .superRefine((value, ctx) => {
    // All cross-field rules in one place, so a person sees every problem at once.
    requireLocalizedText(ctx, value, "question", 5);
    for (const issue of parseOptionLines(value.optionsUk, value.optionsEn, value.allowNominations).issues)
      ctx.addIssue({ code: "custom", ...issue, path: [issue.path] });
    const opensAt = formTimeInZone(value.opensLocal, value.timeZone);
    const closesAt = formTimeInZone(value.closesLocal, value.timeZone);
    if (!value.opensLocal) ctx.addIssue({ code: "custom", path: ["opensLocal"], message: "required" });
    if (!value.closesLocal) ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "required" });
    if (!isTimeZone(value.timeZone ?? "")) return; // reported on timeZone; the times cannot be read
    if (value.opensLocal && !opensAt) ctx.addIssue({ code: "custom", path: ["opensLocal"], message: "invalid" });
    if (value.closesLocal && !closesAt) ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "invalid" });
    if (opensAt && closesAt && closesAt <= opensAt) ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "endBeforeStart" });
    else if (closesAt && closesAt.getTime() <= Date.now()) ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "closesInPast" });
  })
  // Runs only when every check above passed; the fallbacks are for the types.
  .transform((value) => ({
    ...value,
    options: parseOptionLines(value.optionsUk, value.optionsEn, value.allowNominations).options,
    opensAt: formTimeInZone(value.opensLocal, value.timeZone) ?? new Date(NaN),
    closesAt: formTimeInZone(value.closesLocal, value.timeZone) ?? new Date(NaN),
  }));

export type PollForm = z.output<typeof pollFormSchema>;

/** A new poll names its owner; `locale` is the page to land on afterwards. */
export const pollCreateSchema = pollFormSchema.and(zfd.formData({ owner: ownerField, locale: pageLocale }));

/** An edit names the poll, and its slug for the pages to refresh. */
export const pollUpdateSchema = pollFormSchema.and(zfd.formData({ pollId: recordKey, slug: recordKey }));

const pollId = zfd.text(z.string().max(64));

/** One vote: polls are single-choice. */
export const voteSchema = zfd.formData({ pollId, optionId: zfd.text(z.string().max(64, { error: "invalid" })) });

/** A member's candidate, in either language or both. */
export const nominationSchema = zfd
  .formData({ pollId, labelUk: optionalText(MAX_OPTION_LABEL), labelEn: optionalText(MAX_OPTION_LABEL) })
  .refine((value) => (value.labelUk ?? "").length >= 2 || (value.labelEn ?? "").length >= 2, { path: ["labelUk"], error: "required" })
  .transform(({ pollId, labelUk, labelEn }) => ({
    pollId,
    label: { ...(labelUk ? { uk: labelUk } : {}), ...(labelEn ? { en: labelEn } : {}) } satisfies OptionLabel,
  }));

export const nominationApprovalSchema = zfd.formData({ optionId: zfd.text(z.string().max(64)) });
