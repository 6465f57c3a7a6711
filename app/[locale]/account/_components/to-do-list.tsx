// "Waiting for you": every place a person has to act, each with how many things wait there.
// Pages (the proposals inbox, the notifications) are always linked; a section of this page only
// when it has something (a link to a section that is not shown would lead nowhere).
import { Link } from "@/lib/i18n/navigation";

export interface ToDoItem {
  href: string;
  label: string;
  count: number;
  /** A page of its own, linked even when nothing waits there. */
  page?: boolean;
}

export function ToDoList({ items }: { items: ToDoItem[] }) {
  return (
    <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => {
        const body = (
          <>
            <span className={`text-2xl font-bold tabular-nums ${item.count > 0 ? "text-brand" : "text-muted"}`}>{item.count}</span>
            <span>{item.label}</span>
          </>
        );
        const box = "flex min-h-11 items-center gap-3 rounded-md border border-line bg-surface p-3";
        return (
          <li key={item.href}>
            {item.count > 0 || item.page ? (
              <Link href={item.href} className={`${box} no-underline hover:border-brand`}>
                {body}
              </Link>
            ) : (
              <span className={box}>{body}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
