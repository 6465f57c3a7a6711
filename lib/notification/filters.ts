// The notifications list's URL: only the page (?page=2), through the one query-string layer.
import { pageNumber, queryString } from "@/lib/query-string/parsers";

export const noticeListUrl = queryString({ page: pageNumber() });
