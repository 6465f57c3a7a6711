# Writes messages/GLOSSARY.md: the product's core terms (curated below) and every vocabulary
# (sectors, aid types, partnership forms…) as the six message files name them. Run after changing
# a vocabulary's words: python3 scripts/i18n/glossary.py. lib/i18n/glossary.test.ts checks that
# the vocabulary tables still match the messages.
import json, os
root = os.path.join(os.path.dirname(__file__), "..", "..")
locales = ["uk", "en", "de", "fr", "pl", "it"]
names = {"uk": "Українська", "en": "English", "de": "Deutsch", "fr": "Français", "pl": "Polski", "it": "Italiano"}
messages = {l: json.load(open(os.path.join(root, "messages", f"{l}.json"), encoding="utf-8")) for l in locales}

core = [
    ("community (hromada)", "громада", "community", "Gemeinde", "communauté territoriale (hromada)", "hromada", "comunità"),
    ("oblast", "область", "oblast", "Oblast", "oblast", "obwód", "oblast"),
    ("raion", "район", "raion", "Rajon", "raïon", "rejon", "raion"),
    ("organisation", "організація", "organisation", "Organisation", "organisation", "organizacja", "organizzazione"),
    ("need", "потреба", "need", "Bedarf", "besoin", "potrzeba", "fabbisogno"),
    ("partnership", "партнерство", "partnership", "Partnerschaft", "partenariat", "partnerstwo", "partenariato"),
    ("listing", "запис", "listing", "Eintrag", "fiche", "wpis", "scheda"),
    ("announcement", "оголошення", "announcement", "Mitteilung", "annonce", "ogłoszenie", "annuncio"),
    ("event", "подія", "event", "Veranstaltung", "événement", "wydarzenie", "evento"),
    ("poll", "опитування", "poll", "Umfrage", "sondage", "ankieta", "sondaggio"),
    ("dialogue", "діалог", "dialogue", "Dialog", "dialogue", "dialog", "dialogo"),
    ("statement (in a dialogue)", "твердження", "statement", "Aussage", "affirmation", "stwierdzenie", "affermazione"),
    ("opinion group", "група думок", "opinion group", "Meinungsgruppe", "groupe d’opinion", "grupa opinii", "gruppo di opinione"),
    ("facilitator", "фасилітатор", "facilitator", "Dialogleitung", "facilitateur", "facylitator", "facilitatore"),
    ("priorities round", "раунд пріоритетів", "priorities round", "Prioritätenrunde", "consultation sur les priorités", "runda priorytetów", "consultazione sulle priorità"),
    ("milestone", "етап", "milestone", "Meilenstein", "jalon", "etap", "tappa"),
    ("pledged / paid out / spent", "обіцяно / виплачено / витрачено", "pledged / paid out / spent", "zugesagt / ausgezahlt / ausgegeben", "engagé / versé / dépensé", "zadeklarowano / wypłacono / wydano", "impegnato / erogato / speso"),
    ("in kind", "у натуральній формі", "in kind", "als Sachleistung", "en nature", "w formie rzeczowej", "in natura"),
    ("verified", "перевірено", "verified", "verifiziert", "vérifié", "zweryfikowano", "verificato"),
    ("moderator", "модератор", "moderator", "Moderator", "modérateur", "moderator treści", "moderatore"),
    ("community official", "посадова особа громади", "community official", "Gemeindevertreter", "responsable de communauté", "przedstawiciel hromady", "funzionario della comunità"),
    ("organisation representative", "представник організації", "organisation representative", "Organisationsvertreter", "représentant d’organisation", "przedstawiciel organizacji", "rappresentante dell’organizzazione"),
    ("recovery", "відновлення", "recovery", "Wiederaufbau", "relèvement", "odbudowa", "ripresa"),
]

vocabularies = [
    ("sector", "Sectors"),
    ("aidType", "Aid types"),
    ("cooperationGoal", "Goals of cooperation"),
    ("partnershipForm", "Partnership forms"),
    ("partnershipStatus", "Partnership statuses"),
    ("organizationKind", "Kinds of organisation"),
    ("communityType", "Types of community"),
    ("eventType", "Types of event"),
    ("urgency", "Urgency"),
    ("needStatus", "Need statuses"),
    ("milestoneStatus", "Milestone statuses"),
    ("aidFlow", "Flows of aid"),
    ("voicePosition", "Positions (dialogues, priorities)"),
]

def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")

def flat(value):
    # A vocabulary entry is a string, or an object with a label and a hint: take the label.
    if isinstance(value, str):
        return value
    for key in ("label", "name", "short"):
        if isinstance(value.get(key), str):
            return value[key]
    return next(v for v in value.values() if isinstance(v, str))

lines = [
    "# Glossary",
    "",
    "The words the site uses for its own things, in its six languages. A translation uses these and",
    "no synonyms, so a word means the same on every page. The vocabulary tables are generated from",
    "`messages/*.json` by `python3 scripts/i18n/glossary.py`, and `lib/i18n/glossary.test.ts` fails",
    "when they drift; the core terms are chosen by hand. Names (Diaspora Atlas, KATOTTG, Prozorro,",
    "DREAM, IATI) are not translated.",
    "",
    "Notes per language:",
    "- **Deutsch**: formal „Sie“; hromada is *Gemeinde* (explained once as „(Hromadas)“); oblast stays *Oblast*.",
    "- **Français**: « vous »; typographic apostrophe ’ and no-break spaces before « : ; ? ! »; hromada is *communauté territoriale (hromada)* where first named, *communauté* after.",
    "- **Polski**: impersonal forms and imperative buttons; *hromada* for Ukrainian communities, *gmina* only for foreign municipalities; plural forms one/few/many.",
    "- **Italiano**: infinitive buttons (*Salva*, *Accedi*); *comunità* for hromada; typographic apostrophe ’.",
    "",
    "## Core terms",
    "",
    "| Term | " + " | ".join(names[l] for l in locales) + " |",
    "|---|" + "---|" * len(locales),
]
for row in core:
    lines.append("| " + " | ".join(cell(x) for x in row) + " |")
for namespace, title in vocabularies:
    lines += ["", f"## {title} (`{namespace}`)", "", "| Code | " + " | ".join(names[l] for l in locales) + " |", "|---|" + "---|" * len(locales)]
    for code in messages["en"][namespace]:
        lines.append(f"| `{code}` | " + " | ".join(cell(flat(messages[l][namespace][code])) for l in locales) + " |")
open(os.path.join(root, "messages", "GLOSSARY.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
print("wrote messages/GLOSSARY.md")
