// next-auth's endpoints (sign-in, callback, sign-out, session, csrf).
import { handlers } from "@/lib/auth/next-auth";

export const { GET, POST } = handlers;
