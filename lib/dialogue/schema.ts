// What people send to a dialogue (issue 19), validated once for pages, actions and tests.
// A facilitator's form opens the dialogue with its first statements, one per line; participants
// answer one statement at a time and may add their own (at most STATEMENT_MAX characters, so it
// reads in one breath on a phone). Error messages are keys under `forms.errors`.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { VoicePosition } from "@/generated/prisma/enums";
import { isTimeZone, formTimeInZone } from "@/lib/event/zoned-time";
import { localizedTexts, optionalText, pageLocale, recordKey, requireLocalizedText, wallClockTime } from "@/lib/forms/fields";
import { defaultLocale, locales } from "@/lib/i18n/localized-text";
import { ownerField } from "@/lib/listing/owner";

export const STATEMENT_MIN = 5;
export const STATEMENT_MAX = 280;
/** Statements a facilitator may seed a dialogue with at once. */
export const MAX_SEED_STATEMENTS = 40;

/** The answers a participant gives, as the form posts them and as the database stores them. */
export const answerValues = { agree: 1, disagree: -1, pass: 0 } as const;
export type Answer = keyof typeof answerValues;

const statementLines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** One statement's own text: trimmed, one line (a statement is a single thought), 5–280 characters. */
const statementText = zfd.text(
  z
    .string({ error: "required" })
    .trim()
    .transform((text) => text.replace(/\s+/g, " "))
    .pipe(z.string().min(STATEMENT_MIN, { error: "tooShort" }).max(STATEMENT_MAX, { error: "tooLong" })),
);

export const dialogueFormSchema = zfd
  .formData({
    ...localizedTexts("question", 300),
    ...localizedTexts("description", 4000),
    /** The first statements, one per line, in the language chosen below. */
    statements: optionalText(MAX_SEED_STATEMENTS * (STATEMENT_MAX + 2)),
    statementsLocale: zfd.text(z.enum(locales).catch(defaultLocale)),
    /** A dialogue-session event of the same owner this dialogue belongs to ("" for none). */
    eventId: zfd.text(z.string().max(64).optional()),
    timeZone: zfd.text(z.string({ error: "required" }).trim().refine(isTimeZone, { error: "invalid" })),
    opensLocal: wallClockTime,
    closesLocal: wallClockTime,
  })
  .superRefine((value, ctx) => {
    requireLocalizedText(ctx, value, "question", 5);
    const lines = statementLines(value.statements);
    if (lines.length > MAX_SEED_STATEMENTS) ctx.addIssue({ code: "custom", path: ["statements"], message: "tooManyStatements" });
    if (lines.some((line) => line.length > STATEMENT_MAX)) ctx.addIssue({ code: "custom", path: ["statements"], message: "tooLong" });
    if (lines.some((line) => line.length < STATEMENT_MIN)) ctx.addIssue({ code: "custom", path: ["statements"], message: "tooShort" });
    if (!value.opensLocal) ctx.addIssue({ code: "custom", path: ["opensLocal"], message: "required" });
    if (!value.closesLocal) ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "required" });
    if (!isTimeZone(value.timeZone ?? "")) return;
    const opensAt = formTimeInZone(value.opensLocal, value.timeZone);
    const closesAt = formTimeInZone(value.closesLocal, value.timeZone);
    if (value.opensLocal && !opensAt) ctx.addIssue({ code: "custom", path: ["opensLocal"], message: "invalid" });
    if (value.closesLocal && !closesAt) ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "invalid" });
    if (opensAt && closesAt && closesAt <= opensAt) ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "endBeforeStart" });
    else if (closesAt && closesAt.getTime() <= Date.now()) ctx.addIssue({ code: "custom", path: ["closesLocal"], message: "closesInPast" });
  })
  .transform((value) => ({
    ...value,
    eventId: value.eventId || null,
    seedStatements: statementLines(value.statements),
    opensAt: formTimeInZone(value.opensLocal, value.timeZone) ?? new Date(NaN),
    closesAt: formTimeInZone(value.closesLocal, value.timeZone) ?? new Date(NaN),
  }));
export type DialogueForm = z.output<typeof dialogueFormSchema>;

/** A new dialogue names its owner; `locale` is the page to land on afterwards. */
export const dialogueCreateSchema = dialogueFormSchema.and(zfd.formData({ owner: ownerField, locale: pageLocale }));

const dialogueId = zfd.text(z.string().min(1).max(64));

/** One answer to one statement. */
export const answerSchema = zfd.formData({
  dialogueId,
  statementId: zfd.text(z.string().min(1).max(64)),
  answer: zfd.text(z.enum(["agree", "disagree", "pass"], { error: "required" })),
});

/** Where the participant stands, asked once; UNSAID when they would rather not say. */
export const positionSchema = zfd.formData({
  dialogueId,
  position: zfd.text(z.enum(VoicePosition, { error: "required" })),
});

/** A statement someone adds: a participant's waits for a facilitator, a facilitator's is published. */
export const statementSchema = zfd.formData({ dialogueId, text: statementText, locale: pageLocale });

/** A facilitator's word on a statement: let others see it, keep it out, or take an approved one down. */
export const statementDecisionSchema = zfd.formData({
  statementId: zfd.text(z.string().min(1).max(64)),
  decision: zfd.text(z.enum(["approve", "reject", "hide"], { error: "required" })),
  reason: optionalText(500),
});

/** Closing the dialogue (now, if it is still open) and publishing its report with the facilitators' summary. */
export const publishReportSchema = zfd
  .formData({ dialogueId, slug: recordKey, summaryUk: optionalText(6000), summaryEn: optionalText(6000) })
  .refine((value) => Boolean(value.summaryUk || value.summaryEn), { path: ["summaryUk"], error: "required" });
