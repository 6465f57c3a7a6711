// The notices' forms: mark one read (its id), mark all read (nothing but the page's language).
import { z } from "zod";
import { zfd } from "zod-form-data";

/** A notice id as the database makes them (cuid); anything else is refused before a query. */
export const noticeId = z.string().regex(/^[a-z0-9]{8,40}$/i, { error: "invalid" });

export const markNoticeReadSchema = zfd.formData({ noticeId: zfd.text(noticeId) });
export const markAllNoticesReadSchema = zfd.formData({});
