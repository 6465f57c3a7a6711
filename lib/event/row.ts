// An event's own columns as plain values, its texts (LocalizedText JSON) not yet read. The
// readers that take rows (the edit form, the calendar files, the news feed) each pick theirs.
export interface EventRow {
  id: string;
  slug: string;
  type: string;
  title: unknown;
  description: unknown;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  isOnline: boolean;
  onlineUrl: string | null;
  venue: string | null;
  city: string | null;
  country: string | null;
  registrationUrl: string | null;
  registrationDeadline: Date | null;
  languages: string[];
  sectors: string[];
  createdAt: Date;
  updatedAt: Date;
}
