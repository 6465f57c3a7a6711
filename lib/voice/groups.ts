// The two rules dialogues and priorities rounds share (issue 19), in a module of their own so a
// priorities page does not load the dialogues' clustering libraries to read them.
import type { VoicePosition } from "@/generated/prisma/enums";

/** Never show a breakdown of fewer than five people: a smaller group's answers can name them. */
export const MIN_GROUP_SIZE = 5;

/** Where people say they stand, in the order forms ask and results list them. */
export const VOICE_POSITIONS = ["RESIDENT", "DISPLACED", "ABROAD", "OTHER", "UNSAID"] as const satisfies readonly VoicePosition[];
