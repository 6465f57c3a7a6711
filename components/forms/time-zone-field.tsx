// The zone a form's local times are typed in (events, polls): the server turns them into UTC.
import { SelectField } from "./field";

export const TIME_ZONES = [
  "Europe/Kyiv",
  "Europe/Berlin",
  "Europe/Warsaw",
  "Europe/Prague",
  "Europe/Vienna",
  "Europe/Paris",
  "Europe/Brussels",
  "Europe/Amsterdam",
  "Europe/Rome",
  "Europe/Madrid",
  "Europe/Lisbon",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Stockholm",
  "Europe/Oslo",
  "Europe/Copenhagen",
  "Europe/Helsinki",
  "Europe/Vilnius",
  "Europe/Riga",
  "Europe/Tallinn",
  "Europe/Bucharest",
  "Europe/Chisinau",
  "Europe/Zurich",
  "America/Toronto",
  "America/New_York",
  "America/Chicago",
  "America/Winnipeg",
  "America/Edmonton",
  "America/Vancouver",
  "America/Los_Angeles",
  "Australia/Sydney",
  "UTC",
];

/** The current zone first (offered even when the list lacks it), then the listed ones. */
export function TimeZoneField({ label, name, defaultValue, error }: { label: string; name: string; defaultValue: string; error?: string }) {
  return (
    <SelectField
      // React updates no select's defaultValue after mounting: the key remounts it when a form
      // that remembers what was sent hands it a new zone.
      key={`zone-${defaultValue}`}
      label={label}
      name={name}
      defaultValue={defaultValue}
      error={error}
      options={[...new Set([defaultValue, ...TIME_ZONES])].map((zone) => ({ value: zone, label: zone }))}
    />
  );
}
