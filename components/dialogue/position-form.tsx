"use client";
// Where the participant stands, asked once and optional; "prefer not to say" is an answer too.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { positionAction } from "@/lib/dialogue/actions";
import { VOICE_POSITIONS } from "@/lib/voice/groups";

export function PositionForm({ dialogueId }: { dialogueId: string }) {
  const t = useTranslations("dialogueForms");
  const tp = useTranslations("voicePosition");
  return (
    <ActionForm action={positionAction} className="rounded-lg border border-line bg-surface p-4">
      <input type="hidden" name="dialogueId" value={dialogueId} />
      <fieldset>
        <legend className="font-semibold">{t("positionTitle")}</legend>
        <p className="text-sm text-muted">{t("positionHelp")}</p>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          {VOICE_POSITIONS.map((position) => (
            <label key={position} className="flex min-h-11 items-center gap-2">
              <input type="radio" name="position" value={position} required className="size-5 accent-brand" />
              <span>{tp(position)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-2">
        <SubmitButton variant="secondary">{t("positionSave")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
