"use server";
// The poll forms' server actions. Voting: who is voting comes from the session (ctx.viewer), the
// policy says whether they may vote in this poll, and castVote makes it count once. Creating:
// the form is parsed here, createPoll asks the policy and writes.
import { z } from "zod";
import { zfd } from "zod-form-data";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/actions/client";
import { ownerField } from "@/lib/listing/owner";
import { authorize } from "@/lib/auth/policy";
import { approveNomination, castVote, createPoll, nominate, updatePoll } from "./mutations";
import { getOptionForPolicy, getPollForPolicy } from "./queries";
import { pollFormSchema } from "./schema";

export const castVoteAction = actionClient
  .metadata({ name: "poll.vote" })
  .inputSchema(zfd.formData({
    pollId: zfd.text(z.string().max(64)),
    optionId: zfd.text(z.string().max(64, { error: "invalid" })),
  }))
  .stateAction(async ({ parsedInput, ctx }) => {
    authorize(ctx.viewer, "vote", "Poll"); // signed in at all
    const poll = await getPollForPolicy(parsedInput.pollId);
    if (!poll) return { ok: false as const, reason: "NOT_FOUND" as const };
    authorize(ctx.viewer, "vote", "Poll", { organizationId: poll.organizationId, communityId: poll.communityId, audience: poll.audience });
    const result = await castVote({ pollId: parsedInput.pollId, userId: ctx.viewer.id, optionIds: [parsedInput.optionId] });
    if (!result.ok) return result;
    revalidatePath(`/[locale]/polls/${poll.slug}`, "page");
    return { ok: true as const, message: "voted" };
  });

const optionalText = zfd.text(z.string().trim().max(120, { error: "tooLong" }).optional());

export const nominateAction = actionClient
  .metadata({ name: "poll.nominate" })
  .inputSchema(zfd.formData({ pollId: zfd.text(z.string().max(64)), labelUk: optionalText, labelEn: optionalText })
    .refine((value) => (value.labelUk ?? "").length >= 2 || (value.labelEn ?? "").length >= 2, { path: ["labelUk"], error: "required" }))
  .stateAction(async ({ parsedInput, ctx }) => {
    authorize(ctx.viewer, "nominate", "Poll");
    const poll = await getPollForPolicy(parsedInput.pollId);
    if (!poll) return { ok: false as const, reason: "NOT_FOUND" as const };
    authorize(ctx.viewer, "nominate", "Poll", { organizationId: poll.organizationId, communityId: poll.communityId, audience: poll.audience });
    const label = { ...(parsedInput.labelUk ? { uk: parsedInput.labelUk } : {}), ...(parsedInput.labelEn ? { en: parsedInput.labelEn } : {}) };
    const result = await nominate({ pollId: parsedInput.pollId, userId: ctx.viewer.id, label });
    if (!result.ok) return result;
    revalidatePath(`/[locale]/polls/${poll.slug}`, "page");
    return { ok: true as const, message: "nominated" };
  });

/** The poll's organiser lets a nomination onto the ballot (policy: `update` on the poll). */
export const approveNominationAction = actionClient
  .metadata({ name: "poll.approveNomination" })
  .inputSchema(zfd.formData({ optionId: zfd.text(z.string().max(64)) }))
  .stateAction(async ({ parsedInput, ctx }) => {
    const option = await getOptionForPolicy(parsedInput.optionId);
    authorize(ctx.viewer, "update", "Poll", { organizationId: option?.poll.organizationId ?? null, communityId: option?.poll.communityId ?? null, audience: option?.poll.audience ?? "SIGNED_IN" });
    if (!option) return { ok: false as const, reason: "NOT_FOUND" as const };
    const result = await approveNomination({ optionId: option.id });
    if (!result.ok) return result;
    revalidatePath(`/[locale]/polls/${option.poll.slug}`, "page");
    return { ok: true as const, message: "approved" };
  });

/** A verified representative or official submits a poll; it waits for a moderator. */
export const createPollAction = actionClient
  .metadata({ name: "poll.create" })
  .inputSchema(async () => pollFormSchema.and(zfd.formData({ owner: ownerField, locale: zfd.text(z.enum(["uk", "en"]).catch("uk")) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { owner, locale, ...form } = parsedInput;
    const result = await createPoll(ctx.viewer, owner, form);
    ctx.redirect(`/${locale}/polls/new?submitted=${encodeURIComponent(result.slug)}`);
  });

/** The organiser (or a moderator) edits a poll; on a published poll the organiser's edit waits for a moderator. */
export const updatePollAction = actionClient
  .metadata({ name: "poll.update" })
  .inputSchema(async () => pollFormSchema.and(zfd.formData({ pollId: zfd.text(z.string().min(1)), slug: zfd.text(z.string().min(1)) })))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { pollId, slug, ...form } = parsedInput;
    const result = await updatePoll(ctx.viewer, pollId, form);
    // A pending change leaves the public pages as they are; the edit page shows what waits.
    if (result.ok && result.message === "editSubmitted") revalidatePath(`/[locale]/polls/${slug}/edit`, "page");
    else if (result.ok) {
      revalidatePath(`/[locale]/polls/${slug}`, "page");
      revalidatePath("/[locale]/polls", "page");
    }
    return result;
  });
