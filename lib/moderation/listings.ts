// Which kinds pass through the moderation queue, under the name the admin page imports them by;
// everything a decision needs of each kind is in the one table, lib/listing/kinds.ts.
export { moderatedTypes, type ModeratedType } from "@/lib/listing/kinds";
