// What people send in a priorities round, validated once (FormData via zod-form-data): an
// official's new round, anyone's idea, an official's decision on an idea, and a ballot. Times
// are wall-clock times in the chosen zone, turned into UTC here. Error messages are keys under
// `forms.errors`, except the ballot's "noPoints", which its form words itself.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { Sector, VoicePosition } from "@/generated/prisma/enums";
import { isTimeZone, formTimeInZone } from "@/lib/event/zoned-time";
import { localizedTexts, optionalText, pageLocale, requireLocalizedText, wallClockTime } from "@/lib/forms/fields";
import { locales } from "@/lib/i18n/localized-text";

export const MAX_IDEA_TITLE = 120;
export const MAX_IDEA_DETAILS = 1000;
/** Points a person spreads when the official does not say otherwise, and the bounds of the choice. */
export const DEFAULT_POINTS = 10;
export const MIN_POINTS = 1;
export const MAX_POINTS = 100;
/** Most ideas a ballot can carry: more than any round shows, so a real ballot is never cut. */
export const MAX_BALLOT_IDEAS = 200;

/** The id of a record the form acts on: bounded, so a hostile form cannot send a novel. */
const recordId = zfd.text(z.string({ error: "required" }).trim().min(1, { error: "required" }).max(64, { error: "invalid" }));

export const roundFormSchema = zfd
  .formData({
    communityId: recordId,
    communitySlug: recordId,
    locale: pageLocale,
    ...localizedTexts("question", 300),
    ...localizedTexts("description", 4000),
    points: zfd.numeric(
      z
        .number({ error: "wholeNumber" })
        .int({ error: "wholeNumber" })
        .min(MIN_POINTS, { error: "aboveZero" })
        .max(MAX_POINTS, { error: "tooLarge" })
        .default(DEFAULT_POINTS),
    ),
    timeZone: zfd.text(z.string({ error: "required" }).trim().max(64, { error: "invalid" }).refine(isTimeZone, { error: "invalid" })),
    opensLocal: wallClockTime,
    ideasCloseLocal: wallClockTime,
    closesLocal: wallClockTime,
  })
  .superRefine((value, ctx) => {
    // Every cross-field rule at once, so a person sees every problem in one answer.
    requireLocalizedText(ctx, value, "question", 5);
    const fields = ["opensLocal", "ideasCloseLocal", "closesLocal"] as const;
    for (const field of fields) if (!value[field]) ctx.addIssue({ code: "custom", path: [field], message: "required" });
    if (!isTimeZone(value.timeZone ?? "")) return; // reported on timeZone; the times cannot be read
    const [opensAt, ideasCloseAt, closesAt] = fields.map((field) => formTimeInZone(value[field], value.timeZone));
    for (const [i, field] of fields.entries())
      if (value[field] && ![opensAt, ideasCloseAt, closesAt][i]) ctx.addIssue({ code: "custom", path: [field], message: "invalid" });
    if (opensAt && ideasCloseAt && ideasCloseAt <= opensAt)
      ctx.addIssue({ code: "custom", path: ["ideasCloseLocal"], message: "endBeforeStart" });
    if (ideasCloseAt && closesAt && closesAt <= ideasCloseAt)
      ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "endBeforeStart" });
    else if (closesAt && closesAt.getTime() <= Date.now()) ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "closesInPast" });
  })
  // Runs only when every check above passed; the fallbacks are for the types.
  .transform((value) => ({
    ...value,
    opensAt: formTimeInZone(value.opensLocal, value.timeZone) ?? new Date(NaN),
    ideasCloseAt: formTimeInZone(value.ideasCloseLocal, value.timeZone) ?? new Date(NaN),
    closesAt: formTimeInZone(value.closesLocal, value.timeZone) ?? new Date(NaN),
  }));

export type RoundForm = z.output<typeof roundFormSchema>;

/** An idea, written in one language (the one it says), with an optional sector. */
export const ideaSchema = zfd.formData({
  roundId: recordId,
  title: zfd.text(z.string({ error: "required" }).trim().min(3, { error: "tooShort" }).max(MAX_IDEA_TITLE, { error: "tooLong" })),
  details: optionalText(MAX_IDEA_DETAILS),
  // "" (no sector) reads as absent.
  sector: zfd.text(z.enum(Sector, { error: "invalid" }).optional()),
  lang: zfd.text(z.enum(locales, { error: "invalid" })),
});

export type IdeaInput = z.output<typeof ideaSchema>;

/** An official's (or a moderator's) word on a waiting idea. */
export const ideaDecisionSchema = zfd.formData({
  ideaId: recordId,
  decision: zfd.text(z.enum(["approve", "reject"], { error: "invalid" })),
});

export type IdeaDecisionInput = z.output<typeof ideaDecisionSchema>;

/** Points as typed in one box: empty is 0; otherwise a whole number of at least 0. */
const typedPoints = z
  .string()
  .trim()
  .max(6, { error: "wholeNumber" })
  .regex(/^\d*$/, { error: "wholeNumber" })
  .transform((text) => (text === "" ? 0 : Number(text)));

/**
 * A ballot: the ideas of the round with the points given to each (two lists in the same order,
 * `ideaId` and `points`, one pair per idea on the form) and the person's position. Whether the
 * ideas are this round's, and the sum within its budget, are the mutation's to check.
 */
export const ballotSchema = zfd
  .formData({
    roundId: recordId,
    position: zfd.text(z.enum(VoicePosition, { error: "choose" })),
    ideaId: zfd.repeatable(z.array(z.string().max(64, { error: "invalid" })).max(MAX_BALLOT_IDEAS, { error: "invalid" })),
    points: zfd.repeatable(z.array(typedPoints).max(MAX_BALLOT_IDEAS, { error: "invalid" })),
  })
  .superRefine((value, ctx) => {
    if (value.ideaId.length !== value.points.length) ctx.addIssue({ code: "custom", path: ["points"], message: "invalid" });
    else if (value.points.every((points) => points === 0)) ctx.addIssue({ code: "custom", path: ["points"], message: "noPoints" });
  })
  .transform(({ roundId, position, ideaId, points }) => ({
    roundId,
    position,
    allocations: ideaId.map((id, i) => ({ ideaId: id, points: points[i] ?? 0 })),
  }));

export type BallotInput = z.output<typeof ballotSchema>;
