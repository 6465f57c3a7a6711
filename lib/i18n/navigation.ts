// Locale-aware navigation. Import Link, redirect, usePathname and useRouter from here, never
// from next/link or next/navigation, so no link can drop the locale.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
