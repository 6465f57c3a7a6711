// The first fields of a post's form (events, announcements): a new post says on whose behalf it
// is posted, and carries an idempotency key; an edit names the post it changes.
import { SelectField } from "./field";
import { IdempotencyKeyField } from "./idempotency-key-field";

export function PostTargetFields({
  owner,
  edit,
}: {
  owner: { label: string; options: { value: string; label: string }[]; error?: string };
  /** The edited post: the name of its id field, its id and slug; null for a new post. */
  edit: { idName: string; id?: string; slug?: string } | null;
}) {
  if (edit) {
    return (
      <>
        <input type="hidden" name={edit.idName} value={edit.id} />
        <input type="hidden" name="slug" value={edit.slug} />
      </>
    );
  }
  return (
    <>
      <IdempotencyKeyField />
      <SelectField label={owner.label} name="owner" options={owner.options} error={owner.error} />
    </>
  );
}
