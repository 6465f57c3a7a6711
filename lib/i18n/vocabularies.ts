// The closed vocabularies (enums in prisma/schema.prisma) the UI labels, each a namespace of
// messages/*.json. Here, not in components/i18n/vocabulary.ts, because lib/i18n/client-messages.ts
// sends these namespaces to the browser and lib never imports components.
import type { Messages } from "next-intl";

export const vocabularies = [
  "organizationKind",
  "sector",
  "aidType",
  "cooperationGoal",
  "communityType",
  "combatZone",
  "urgency",
  "needStatus",
  "partnershipForm",
  "partnershipStatus",
  "eventType",
  "milestoneStatus",
  "aidFlow",
  "partnershipSide",
] as const;

export type Vocabulary = (typeof vocabularies)[number];
export type VocabularyValue<V extends Vocabulary> = keyof Messages[V] & string;
