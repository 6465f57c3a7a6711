// The first fields of a post's form (events, announcements): a new post says on whose behalf it
// is posted, and carries an idempotency key; an edit names the post it changes.
import { useTranslations } from "next-intl";
import { SelectField } from "./field";
import { IdempotencyKeyField } from "./idempotency-key-field";

type Option = { value: string; label: string };

/** What the form of a post is given, besides the choices of its own. */
export interface PostFormProps<V> {
  locale: string;
  /** The listings the person may post for: a new post's owner is one of them. */
  owners?: Option[];
  sectors: Option[];
  values: V;
  /** The edited post; none for a new one. */
  edit?: { id: string; slug: string };
}

export function PostTargetFields({
  idName,
  edit,
  owner,
}: {
  /** The name of the edited post's id field. */
  idName: string;
  edit: PostFormProps<unknown>["edit"];
  owner: { label: string; options: Option[]; error?: string };
}) {
  const tForms = useTranslations("forms");
  if (edit) {
    return (
      <>
        <input type="hidden" name={idName} value={edit.id} />
        <input type="hidden" name="slug" value={edit.slug} />
      </>
    );
  }
  return (
    <>
      <IdempotencyKeyField />
      {/* With one listing there is nothing to choose; with several the person says which, rather
          than posting silently for the first one. */}
      <SelectField
        label={owner.label}
        name="owner"
        options={owner.options}
        placeholder={owner.options.length > 1 ? tForms("choose") : undefined}
        error={owner.error}
      />
    </>
  );
}
