// Who stood where, shown only in groups large enough that no one can be picked out. Pure, so the
// page, the API of the future and the tests apply the same rule.
import type { VoicePosition } from "@/generated/prisma/enums";
import { MIN_GROUP_SIZE, VOICE_POSITIONS } from "@/lib/voice/groups";

export { MIN_GROUP_SIZE, VOICE_POSITIONS };

/**
 * The positions whose breakdown may be shown. A group counts when it has at least
 * MIN_GROUP_SIZE ballots; but the total is shown too, so the groups left out must together be
 * none or at least MIN_GROUP_SIZE as well, or subtracting the shown groups from the total would
 * give the points of one or two people. Until that holds, the smallest shown group joins the
 * ones left out.
 */
export function shownPositions(turnout: ReadonlyMap<VoicePosition, number>): VoicePosition[] {
  const total = [...turnout.values()].reduce((sum, ballots) => sum + ballots, 0);
  const shown = VOICE_POSITIONS.filter((position) => (turnout.get(position) ?? 0) >= MIN_GROUP_SIZE).sort(
    (a, b) => (turnout.get(a) ?? 0) - (turnout.get(b) ?? 0) || VOICE_POSITIONS.indexOf(a) - VOICE_POSITIONS.indexOf(b),
  );
  const leftOut = () => total - shown.reduce((sum, position) => sum + (turnout.get(position) ?? 0), 0);
  while (shown.length > 0 && leftOut() > 0 && leftOut() < MIN_GROUP_SIZE) shown.shift();
  // A single group shown with nothing left out is the whole: no breakdown to speak of, but harmless.
  return VOICE_POSITIONS.filter((position) => shown.includes(position));
}
