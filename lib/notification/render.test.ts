// A notice is read as a sentence in the reader's language from stored data; rows stored before
// the data had an actor and both languages still read as a sentence.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import pl from "@/messages/pl.json";
import uk from "@/messages/uk.json";
import { readPayload, toPayload } from "./payload";
import { renderNotice, type NoticeTranslator } from "./render";

const translator = (locale: "en" | "uk") =>
  createTranslator({ locale, messages: locale === "en" ? en : uk, namespace: "notifications" }) as unknown as NoticeTranslator;

describe("renderNotice", () => {
  it("writes the notice in the partners' languages too, the names in the nearest language they have", () => {
    const inGerman = createTranslator({ locale: "de", messages: de, namespace: "notifications" }) as unknown as NoticeTranslator;
    const inPolish = createTranslator({ locale: "pl", messages: pl, namespace: "notifications" }) as unknown as NoticeTranslator;
    const approved = toPayload({ name: { uk: "Весняний ярмарок", en: "Spring fair", de: "Frühlingsmarkt" }, object: "event" });
    const german = renderNotice(inGerman, "de", { kind: "listing.approved", payload: approved }).text;
    expect(german).toContain("Frühlingsmarkt");
    expect(german).not.toBe(renderNotice(translator("en"), "en", { kind: "listing.approved", payload: approved }).text);
    // No Polish name: the English one, not the Ukrainian.
    expect(renderNotice(inPolish, "pl", { kind: "listing.approved", payload: approved }).text).toContain("Spring fair");
  });

  const payload = toPayload({
    actor: { uk: "Мости", en: "Bridges" },
    name: { uk: "Бережанська громада", en: "Berezhany hromada" },
    object: "community",
    url: "/en/partnerships/proposals#bridges-berezhany",
  });

  it("names who did what to which thing, in each language, with the path without a locale", () => {
    const inEnglish = renderNotice(translator("en"), "en", { kind: "partnership.proposed", payload });
    expect(inEnglish).toEqual({
      text: "Bridges proposed a partnership to Berezhany hromada.",
      reason: null,
      path: "/partnerships/proposals#bridges-berezhany",
    });
    expect(renderNotice(translator("uk"), "uk", { kind: "partnership.proposed", payload }).text).toBe(
      "Мости пропонує партнерство для «Бережанська громада».",
    );
  });

  it("says a moderator decided, and which kind of listing", () => {
    const approved = toPayload({ name: { en: "Spring fair" }, object: "event", reason: " " });
    expect(renderNotice(translator("en"), "en", { kind: "listing.approved", payload: approved }).text).toBe(
      "A moderator published your event Spring fair.",
    );
    expect(renderNotice(translator("uk"), "uk", { kind: "listing.approved", payload: approved }).text).toBe(
      "Модератор опублікував вашу подію «Spring fair».",
    );
  });

  it("reads rows of the older shape ({ name, reason, url })", () => {
    const old = { name: "Друзі Києва", reason: "Дубль", url: "/organizations/friends" };
    expect(readPayload(old).object).toEqual({ kind: "organization", name: { uk: "Друзі Києва", en: "Друзі Києва" } });
    expect(renderNotice(translator("en"), "en", { kind: "listing.rejected", payload: old })).toEqual({
      text: "A moderator did not publish your organisation Друзі Києва.",
      reason: "Дубль",
      path: "/organizations/friends",
    });
    // An older partnership notice had no actor: "someone", never a blank.
    expect(renderNotice(translator("en"), "en", { kind: "partnership.proposed", payload: { name: "A — B" } }).text).toBe(
      "Someone proposed a partnership to A — B.",
    );
  });

  it("falls back to a sentence for a kind it has no message for, and survives junk", () => {
    expect(renderNotice(translator("en"), "en", { kind: "poll.closed", payload: null }).text).toBe("News about —.");
  });
});
