// A poll as its edit form posts it: the form's defaults, what a pending change is compared
// with, and what an approved change is merged into before it is validated again. Its times are
// written in the poll's own zone (the one its organiser chose), like an event's.
import { utcToZonedLocal } from "@/lib/event/zoned-time";
import { localizedValues } from "@/lib/forms/fields";
import { asLocalizedText } from "@/lib/i18n/localized-text";

/** Once anyone has voted, these stay as the voters saw them: the ballot and who may use it how. */
export const fieldsFixedByVotes: readonly string[] = ["optionsUk", "optionsEn", "audience", "isAnonymous"];

export interface PollValuesRow {
  question: unknown;
  description: unknown;
  audience: string;
  isAnonymous: boolean;
  allowNominations: boolean;
  resultsVisibility: string;
  opensAt: Date;
  closesAt: Date;
  /** IANA zone the organiser chose; the form's local times are read and written in it. */
  timeZone: string;
}

/** `options`: the organiser's own options in ballot order (nominations are decided on the poll's page). */
export function pollFormValues(poll: PollValuesRow, options: readonly { label: unknown }[]) {
  const labels = options.map((option) => asLocalizedText(option.label));
  return {
    ...localizedValues("question", poll.question),
    ...localizedValues("description", poll.description),
    optionsUk: labels
      .map((label) => label.uk ?? "")
      .join("\n")
      .trim(),
    optionsEn: labels
      .map((label) => label.en ?? "")
      .join("\n")
      .trim(),
    allowNominations: poll.allowNominations,
    audience: poll.audience,
    isAnonymous: poll.isAnonymous,
    resultsVisibility: poll.resultsVisibility,
    timeZone: poll.timeZone,
    opensLocal: utcToZonedLocal(poll.opensAt, poll.timeZone),
    closesLocal: utcToZonedLocal(poll.closesAt, poll.timeZone),
  };
}

/** The poll's own columns the form covers (its options are rows of their own). */
export const pollColumnsSelect = {
  question: true,
  description: true,
  audience: true,
  isAnonymous: true,
  allowNominations: true,
  resultsVisibility: true,
  opensAt: true,
  closesAt: true,
  timeZone: true,
} as const satisfies Record<keyof PollValuesRow, true>;

export const pollValuesSelect = {
  ...pollColumnsSelect,
  options: { where: { nominatedById: null }, orderBy: { position: "asc" }, select: { label: true } },
  _count: { select: { participations: true } },
} as const;
