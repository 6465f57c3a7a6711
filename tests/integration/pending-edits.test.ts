// Edits to published posts on real PostgreSQL (issue 14): approval is not a one-time gate. An
// organiser's edit to a published event, announcement or poll waits as a ChangeRequest while the
// public keeps the published version; a moderator's approval applies it (validated again, audited),
// a rejection keeps the old one and tells the author why. Moderators' own edits and edits to posts
// that are not public yet apply at once; a poll's ballot is fixed once anyone has voted.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/viewer";
import { updateAnnouncement } from "@/lib/announcement/mutations";
import { getPublicAnnouncement } from "@/lib/announcement/queries";
import { announcementFormSchema } from "@/lib/announcement/schema";
import { updateEvent } from "@/lib/event/mutations";
import { getPublicEvent } from "@/lib/event/queries";
import { eventFormSchema } from "@/lib/event/schema";
import { decideChangeRequest } from "@/lib/moderation/mutations";
import { listPendingEdits } from "@/lib/moderation/queries";
import { castVote, updatePoll } from "@/lib/poll/mutations";
import { getPublicPoll } from "@/lib/poll/queries";
import { pollFormSchema } from "@/lib/poll/schema";
import { formData } from "./support/actions";
import { createPeople, organizationRow, representativeOf } from "./support/factories";
import { fileDatabase } from "./support/file-database";
import { viewerById } from "./support/seeded-database";

vi.mock("@/lib/auth/next-auth", async () => (await import("./support/request-stubs")).nextAuthStub);
vi.mock("next/cache", async () => (await import("./support/request-stubs")).nextCacheStub);

const { prisma } = fileDatabase();
const people: Record<"rep" | "moderator", Viewer> = {} as never;
const owner = { organizationId: "org-a" };

const eventForm = async (titleEn: string, extra: Record<string, string> = {}) => {
  return eventFormSchema.parse(
    formData({
      type: "WEBINAR",
      titleEn,
      timeZone: "Europe/Berlin",
      startsLocal: "2030-05-10T18:00",
      endsLocal: "2030-05-10T19:00",
      isOnline: "on",
      onlineUrl: "https://meet.example/a",
      languages: "uk, en",
      ...extra,
    }),
  );
};
const announcementForm = async (titleEn: string) => {
  return announcementFormSchema.parse(formData({ titleEn, bodyEn: "Published body" }));
};
const pollForm = async (questionEn: string, optionsEn = "Yes\nNo") => {
  return pollFormSchema.parse(
    formData({
      questionEn,
      optionsEn,
      audience: "SIGNED_IN",
      isAnonymous: "on",
      resultsVisibility: "ALWAYS",
      timeZone: "Europe/Kyiv",
      opensLocal: "2026-01-01T09:00",
      closesLocal: "2030-01-20T18:00",
    }),
  );
};

async function createEvent(slug: string, status: "PUBLISHED" | "PENDING") {
  return prisma.event.create({
    data: {
      slug,
      ...owner,
      status,
      type: "WEBINAR",
      title: { en: "Published title" },
      timeZone: "Europe/Berlin",
      isOnline: true,
      onlineUrl: "https://meet.example/a",
      startsAt: new Date("2030-05-10T16:00:00Z"),
      endsAt: new Date("2030-05-10T17:00:00Z"),
      languages: ["uk", "en"],
      createdById: "u-rep",
    },
    select: { id: true, slug: true },
  });
}

async function createPoll(slug: string) {
  return prisma.poll.create({
    data: {
      slug,
      ...owner,
      status: "PUBLISHED",
      question: { en: "Published question?" },
      opensAt: new Date("2026-01-01T07:00:00Z"),
      closesAt: new Date("2030-01-20T16:00:00Z"),
      createdById: "u-rep",
      options: {
        create: [
          { label: { en: "Yes" }, position: 0 },
          { label: { en: "No" }, position: 1 },
        ],
      },
    },
    select: { id: true, slug: true },
  });
}

const openRequest = (targetId: string) => prisma.changeRequest.findFirstOrThrow({ where: { targetId, status: "PENDING" } });

beforeAll(async () => {
  await prisma.organization.create({ data: organizationRow({ id: "org-a", slug: "org-a", name: { en: "Org A" } }) });
  await createPeople(prisma, [
    { id: "u-rep", email: "rep@test.example", memberships: [representativeOf("org-a")] },
    { id: "u-moderator", email: "moderator@test.example", role: "MODERATOR" },
    { id: "u-voter", email: "voter@test.example" },
  ]);
  people.rep = await viewerById("u-rep");
  people.moderator = await viewerById("u-moderator");
});

describe("an organiser's edit to a published event", () => {
  it("waits as a change request; the public keeps the old title until a moderator approves", async () => {
    const event = await createEvent("published-event", "PUBLISHED");

    expect(await updateEvent(people.rep, event.id, await eventForm("First try"))).toEqual({ ok: true, message: "editSubmitted" });
    // A second edit replaces the author's open request rather than queueing another.
    expect(await updateEvent(people.rep, event.id, await eventForm("New title"))).toEqual({ ok: true, message: "editSubmitted" });
    expect(await prisma.changeRequest.count({ where: { targetId: event.id, status: "PENDING" } })).toBe(1);
    expect(await prisma.changeRequest.count({ where: { targetId: event.id, status: "WITHDRAWN" } })).toBe(1);
    expect((await getPublicEvent(event.slug))?.title).toEqual({ en: "Published title" });

    const request = await openRequest(event.id);
    expect(request).toMatchObject({ targetType: "EVENT", authorId: "u-rep", changes: { titleEn: "New title" } });
    expect(await prisma.auditLog.count({ where: { targetId: request.id, action: "change.requested" } })).toBe(1);
    const queued = (await listPendingEdits()).find((edit) => edit.id === request.id);
    expect(queued?.diff).toEqual([{ field: "titleEn", before: "Published title", after: "New title" }]);
    expect(queued?.listing?.path).toBe("/events/published-event");

    const decided = await decideChangeRequest(people.moderator, { changeRequestId: request.id, approve: true });
    expect(decided).toMatchObject({ ok: true, stale: ["/[locale]/events/published-event"] });
    expect((await getPublicEvent(event.slug))?.title).toEqual({ en: "New title" });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { targetId: event.id, action: "event.updated" } });
    expect(audit).toMatchObject({ actorId: "u-moderator", before: { titleEn: "Published title" }, after: { titleEn: "New title" } });
    expect(await prisma.notification.count({ where: { userId: "u-rep", kind: "change.approved" } })).toBe(1);
  });

  it("keeps the published version when a moderator rejects it, and tells the author why", async () => {
    const event = await createEvent("rejected-edit", "PUBLISHED");
    await updateEvent(people.rep, event.id, await eventForm("Clickbait title"));
    const request = await openRequest(event.id);
    expect(
      await decideChangeRequest(people.moderator, { changeRequestId: request.id, approve: false, reason: "Misleading" }),
    ).toMatchObject({ ok: true, message: "rejected" });
    expect((await getPublicEvent(event.slug))?.title).toEqual({ en: "Published title" });
    const notice = await prisma.notification.findFirstOrThrow({ where: { userId: "u-rep", kind: "change.rejected" } });
    expect(notice.payload).toMatchObject({ reason: "Misleading", url: "/events/rejected-edit" });
  });

  it("applies a moderator's own edit at once, audited", async () => {
    const event = await createEvent("moderator-edit", "PUBLISHED");
    expect(await updateEvent(people.moderator, event.id, await eventForm("Corrected title"))).toEqual({ ok: true, message: "eventSaved" });
    expect((await getPublicEvent(event.slug))?.title).toEqual({ en: "Corrected title" });
    expect(await prisma.changeRequest.count({ where: { targetId: event.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { targetId: event.id, action: "event.updated", actorId: "u-moderator" } })).toBe(1);
  });

  it("applies an edit to an event that is not public yet directly", async () => {
    const event = await createEvent("still-pending", "PENDING");
    expect(await updateEvent(people.rep, event.id, await eventForm("Better title"))).toEqual({ ok: true, message: "eventSaved" });
    expect((await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).title).toEqual({ en: "Better title" });
    expect(await prisma.changeRequest.count({ where: { targetId: event.id } })).toBe(0);
  });

  it("checks an approved change again and refuses one that no longer validates, changing nothing", async () => {
    const event = await createEvent("now-invalid", "PUBLISHED");
    await updateEvent(people.rep, event.id, await eventForm("Renamed"));
    const request = await openRequest(event.id);
    // Tampered or outdated: the end before the start.
    await prisma.changeRequest.update({
      where: { id: request.id },
      data: { changes: { titleEn: "Renamed", endsLocal: "2030-05-10T17:00" } },
    });
    expect(await decideChangeRequest(people.moderator, { changeRequestId: request.id, approve: true })).toEqual({
      ok: false,
      reason: "CHANGE_INVALID",
    });
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    expect((await prisma.event.findUniqueOrThrow({ where: { id: event.id } })).title).toEqual({ en: "Published title" });
  });
});

describe("an organiser's edit to a published announcement", () => {
  it("waits; approval publishes the new title, rejection keeps the old", async () => {
    const make = (slug: string) =>
      prisma.announcement.create({
        data: {
          slug,
          ...owner,
          status: "PUBLISHED",
          publishedAt: new Date(),
          title: { en: "Published title" },
          body: { en: "Published body" },
          createdById: "u-rep",
        },
        select: { id: true, slug: true },
      });
    const approved = await make("announcement-approved");
    expect(await updateAnnouncement(people.rep, approved.id, await announcementForm("New title"))).toEqual({
      ok: true,
      message: "editSubmitted",
    });
    expect((await getPublicAnnouncement(approved.slug))?.title).toEqual({ en: "Published title" });
    const request = await openRequest(approved.id);
    expect(request.changes).toEqual({ titleEn: "New title" });
    expect(await decideChangeRequest(people.moderator, { changeRequestId: request.id, approve: true })).toMatchObject({ ok: true });
    expect((await getPublicAnnouncement(approved.slug))?.title).toEqual({ en: "New title" });

    const rejected = await make("announcement-rejected");
    await updateAnnouncement(people.rep, rejected.id, await announcementForm("Unwanted title"));
    expect(
      await decideChangeRequest(people.moderator, { changeRequestId: (await openRequest(rejected.id)).id, approve: false, reason: "No" }),
    ).toMatchObject({ ok: true });
    expect((await getPublicAnnouncement(rejected.slug))?.title).toEqual({ en: "Published title" });
  });
});

describe("an organiser's edit to a published poll", () => {
  it("waits; approval publishes the new question and options, rejection keeps the old", async () => {
    const poll = await createPoll("poll-approved");
    expect(await updatePoll(people.rep, poll.id, await pollForm("Which day suits you?", "Monday\nFriday"))).toEqual({
      ok: true,
      message: "editSubmitted",
    });
    expect((await getPublicPoll(poll.slug))?.poll.question).toEqual({ en: "Published question?" });
    const request = await openRequest(poll.id);
    expect(request.changes).toEqual({ questionEn: "Which day suits you?", optionsEn: "Monday\nFriday" });
    expect(await decideChangeRequest(people.moderator, { changeRequestId: request.id, approve: true })).toMatchObject({ ok: true });
    const published = await getPublicPoll(poll.slug);
    expect(published?.poll.question).toEqual({ en: "Which day suits you?" });
    expect(published?.options.map((option) => option.label)).toEqual([{ en: "Monday" }, { en: "Friday" }]);

    const other = await createPoll("poll-rejected");
    await updatePoll(people.rep, other.id, await pollForm("Something else entirely?"));
    expect(
      await decideChangeRequest(people.moderator, {
        changeRequestId: (await openRequest(other.id)).id,
        approve: false,
        reason: "Changes the meaning",
      }),
    ).toMatchObject({ ok: true });
    expect((await getPublicPoll(other.slug))?.poll.question).toEqual({ en: "Published question?" });
  });

  it("fixes the options once anyone has voted, for organisers and moderators alike; the wording may still change", async () => {
    const poll = await createPoll("poll-voted");
    const yes = await prisma.pollOption.findFirstOrThrow({ where: { pollId: poll.id, position: 0 } });
    expect(await castVote({ pollId: poll.id, userId: "u-voter", optionIds: [yes.id] })).toEqual({ ok: true });
    expect(await updatePoll(people.rep, poll.id, await pollForm("Published question?", "Yes\nNo\nMaybe"))).toEqual({
      ok: false,
      reason: "VOTES_CAST",
    });
    expect(await updatePoll(people.moderator, poll.id, await pollForm("Published question?", "Yes\nMaybe"))).toEqual({
      ok: false,
      reason: "VOTES_CAST",
    });
    expect(await prisma.pollOption.count({ where: { pollId: poll.id } })).toBe(2);
    expect(await updatePoll(people.moderator, poll.id, await pollForm("Published question, clarified?"))).toEqual({
      ok: true,
      message: "pollSaved",
    });
    // The ballot people voted on is the same rows as before.
    expect(
      (await prisma.pollOption.findMany({ where: { pollId: poll.id }, orderBy: { position: "asc" }, select: { id: true } }))[0]?.id,
    ).toBe(yes.id);
    expect(await prisma.pollParticipation.count({ where: { pollId: poll.id } })).toBe(1);
  });
});
