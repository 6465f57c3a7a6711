// Marks the words of a displayed text that a search matched. The text is split into words and
// the gaps between them; a word is marked when its search form (romanised, folded: the same
// normalisation the index uses) starts with one of the query's terms. Pure, so it runs anywhere.
import { searchWords } from "./normalize";

export interface TextPart {
  text: string;
  match: boolean;
}

export function highlight(text: string, terms: readonly string[]): TextPart[] {
  const wanted = terms.filter(Boolean);
  if (wanted.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const parts: TextPart[] = [];
  for (const piece of text.split(/([\p{L}\p{N}'’ʼ]+)/u)) {
    if (!piece) continue;
    const forms = /[\p{L}\p{N}]/u.test(piece) ? searchWords(piece) : [];
    const match = forms.length > 0 && forms.some((form) => wanted.some((term) => form.startsWith(term)));
    const last = parts.at(-1);
    if (last && last.match === match) last.text += piece;
    else parts.push({ text: piece, match });
  }
  return parts;
}
