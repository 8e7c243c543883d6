"""The checks' reasons in English, Russian and Ukrainian: one template per reason, one home.

A reason is written when the checks run and stored with its flag as
`{"en": …, "ru": …, "uk": …, "reader": {"en": …, "ru": …, "uk": …}}`:

* the plain languages are the researcher's wording, which names the claims it rests on by their
  catalogue id ("claim 12 (death, Свидетельство о смерти)"): `spravka check` prints it and the
  desktop turns those words into links to the claim;
* `reader` is the same sentence for a family reading an export (the dossier, GEDCOM notes): the
  claims are named by their documents ("the statement in «Свидетельство о смерти»"), never by an
  internal number.

Flags written by an older Spravka carry only `en` and `ru`; `reason_text` then falls back
(Ukrainian → Russian → English) until the checks run again and refresh them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from catalog.dates import PartialDate
from catalog.vocab import Qualifier
from catalog.vocab_labels import (
    CLAIM_KIND_NOUNS,
    FALLBACK,
    LANGUAGES,
    QUALIFIERS,
    Table,
    capital,
    document_kind,
    pick,
    range_text,
)

Reason = dict[str, Any]


@dataclass(frozen=True)
class Ref:
    """A claim named in a reason: its id for the researcher, its document for the reader."""

    id: int
    kind: str
    document_title: str = ""
    document_kind: str = ""
    has_document: bool = True


# How a claim is named. `{id}`, `{kind}` (CLAIM_KIND_NOUNS), `{source}` (", title" or "").
_REF_RESEARCHER = {
    "en": "claim {id} ({kind}{source})",
    "ru": "утверждение {id} ({kind}{source})",
    "uk": "твердження {id} ({kind}{source})",
}
# A claim that cites no document is the researcher's own conclusion, and a reason says so.
_REF_CONCLUSION = {
    "en": "the researcher's own conclusion",
    "ru": "собственный вывод исследователя",
    "uk": "власний висновок дослідника",
}
# The neuter «утверждение»/«твердження» keeps the templates' verbs agreeing in both audiences.
_REF_READER = {
    "en": "the statement in «{title}»",
    "ru": "утверждение из документа «{title}»",
    "uk": "твердження з документа «{title}»",
}
_REF_READER_NO_DOCUMENT = {
    "en": "a statement with no document",
    "ru": "утверждение без документа",
    "uk": "твердження без документа",
}

# Words the templates fill in when a value is missing.
DEFAULTS: Table = {
    "covering_body": {
        "en": "a body the instruction covered",
        "ru": "органом, на который распространялось указание",
        "uk": "органом, на який поширювалася вказівка",
    },
    "a_troika": {"en": "a troika", "ru": "тройки", "uk": "трійки"},
    "a_document": {"en": "a document", "ru": "документ", "uk": "документ"},
    "place_not_given": {"en": "not given", "ru": "не указано", "uk": "не зазначено"},
    "attested": {"en": "attested", "ru": "засвидетельствованных", "uk": "засвідчених"},
    "suspected": {"en": "suspected", "ru": "предполагаемых", "uk": "імовірних"},
}

# One template per reason, with named fields; `Ref` and `PartialDate` fields are written in
# each language, a {lang: text} field picks its language.
REASONS: Table = {
    # -- the falsified-death score (catalog/checks/engine.py) --------------------------------
    "falsified_header": {
        "en": "{label}, {likelihood}: the death date of {death} resembles the dates invented "
        "under KGB instruction 108ss (1955–62). A suspicion to weigh, not a proof; the claim "
        "is kept as it is.",
        "ru": "{label}, {likelihood}: дата смерти ({death}) похожа на даты, вымышленные по "
        "указанию КГБ № 108сс (1955–1962 гг.). Это подозрение, а не доказательство; "
        "утверждение сохраняется как есть.",
        "uk": "{label}, {likelihood}: дата смерті ({death}) схожа на дати, вигадані за "
        "вказівкою КДБ № 108сс (1955–1962 рр.). Це підозра, а не доказ; твердження "
        "зберігається як є.",
    },
    "cover_formula_flag": {
        "en": "Rule 7, cover formula: {claim} says «without the right of correspondence». In "
        "1939–45 families of the executed were told «10 years without the right of "
        "correspondence»; no real sentence read so, and the person was most likely shot.",
        "ru": "Правило 7, формула прикрытия: {claim} говорит «без права переписки». В "
        "1939–1945 гг. так отвечали родственникам расстрелянных; настоящих приговоров с такими "
        "словами не было, и человек, скорее всего, расстрелян.",
        "uk": "Правило 7, формула прикриття: {claim} каже «без права листування». У "
        "1939–1945 рр. так відповідали родичам розстріляних; справжніх вироків із такими "
        "словами не було, і людину, найімовірніше, розстріляли.",
    },
    # -- the rules of catalog/checks/falsified.py ----------------------------------------------
    "execution_conflict": {
        "en": "Rule 1, conflict with an archival execution: {execution} records the execution "
        "on {execution_date}{execution_quote}, but {death} dates the death {death_date}, later.",
        "ru": "Правило 1, противоречие с архивной датой расстрела: {execution} сообщает о "
        "расстреле {execution_date}{execution_quote}, а {death} датирует смерть {death_date} — "
        "позже.",
        "uk": "Правило 1, суперечність з архівною датою розстрілу: {execution} повідомляє про "
        "розстріл {execution_date}{execution_quote}, а {death} датує смерть {death_date} — "
        "пізніше.",
    },
    "execution_conclusion": {
        "en": "Rule 1, conflict with the researcher's own conclusion: {execution} dates the "
        "execution {execution_date}, but {death} dates the death {death_date}, later. No "
        "document is cited for the execution, so it is not counted as an archival record.",
        "ru": "Правило 1, противоречие с собственным выводом исследователя: {execution} "
        "датирует расстрел {execution_date}, а {death} датирует смерть {death_date} — позже. "
        "Документ о расстреле не указан, поэтому это не считается архивной записью.",
        "uk": "Правило 1, суперечність із власним висновком дослідника: {execution} датує "
        "розстріл {execution_date}, а {death} датує смерть {death_date} — пізніше. Документ "
        "про розстріл не вказано, тому це не вважається архівним записом.",
    },
    "death_sentence_conflict": {
        "en": "Rule 1, conflict with a death sentence: {sentence} records a death sentence on "
        "{sentence_date}{sentence_quote}; {death} dates the death {death_date}, more than "
        "{days} days later, and no document says the sentence was not carried out.",
        "ru": "Правило 1, противоречие со смертным приговором: {sentence} сообщает о приговоре "
        "к ВМН {sentence_date}{sentence_quote}; {death} датирует смерть {death_date} — позже "
        "чем через {days} дн., и ни один документ не говорит, что приговор не был исполнен.",
        "uk": "Правило 1, суперечність зі смертним вироком: {sentence} повідомляє про вирок до "
        "вищої міри покарання {sentence_date}{sentence_quote}; {death} датує смерть "
        "{death_date} — пізніше ніж через {days} дн., і жоден документ не каже, що вирок не "
        "було виконано.",
    },
    "registration_window": {
        "en": "Rule 2, registration window: the death was registered on {recorded}, while KGB "
        "instruction 108ss was in force ({start}–{end}), for a person sentenced by {body} "
        "({covered}).",
        "ru": "Правило 2, период регистрации: смерть зарегистрирована {recorded}, когда "
        "действовало указание КГБ № 108сс ({start}–{end}), для осуждённого {body} ({covered}).",
        "uk": "Правило 2, період реєстрації: смерть зареєстровано {recorded}, коли діяла "
        "вказівка КДБ № 108сс ({start}–{end}), для засудженого {body} ({covered}).",
    },
    "registration_truthful": {
        "en": "Rule 2: the death was registered on {recorded} (1964–1988) without a cause: "
        "certificates of those years usually give the true date and withhold the cause, so "
        "this date is probably true.",
        "ru": "Правило 2: смерть зарегистрирована {recorded} (1964–1988 гг.) без указания "
        "причины: в эти годы обычно указывали подлинную дату и не указывали причину, поэтому "
        "дата, вероятно, верна.",
        "uk": "Правило 2: смерть зареєстровано {recorded} (1964–1988 рр.) без зазначення "
        "причини: у ці роки зазвичай зазначали справжню дату й не зазначали причину, тому "
        "дата, ймовірно, правдива.",
    },
    "registration_window_issued": {
        "en": "Rule 2, registration window: the certificate was issued on {issued}, while "
        "instruction 108ss was in force, for a person sentenced by {body} ({covered}); the "
        "act-record date is not known.",
        "ru": "Правило 2, период регистрации: свидетельство выдано {issued}, когда действовало "
        "указание № 108сс, для осуждённого {body} ({covered}); дата записи акта неизвестна.",
        "uk": "Правило 2, період реєстрації: свідоцтво видано {issued}, коли діяла вказівка "
        "№ 108сс, для засудженого {body} ({covered}); дата актового запису невідома.",
    },
    "ten_year_envelope": {
        "en": "Rule 3, ten-year envelope: the death ({death_date}) falls within {years} years "
        "of the arrest ({arrest_date}), as 108ss prescribed for invented dates; genuine camp "
        "deaths do too, so this weighs little.",
        "ru": "Правило 3, десятилетний срок: смерть ({death_date}) приходится на первые "
        "{years} лет после ареста ({arrest_date}), как предписывало указание 108сс; так же "
        "умирали и в лагерях, поэтому вес правила мал.",
        "uk": "Правило 3, десятирічний строк: смерть ({death_date}) припадає на перші {years} "
        "років після арешту ({arrest_date}), як приписувала вказівка 108сс; так само помирали "
        "й у таборах, тому вага правила мала.",
    },
    "execution_lag": {
        "en": "Rule 4, implausible lag: {sentence} is a sentence of {sentence_date} by {body}; "
        "such sentences were carried out within {days} days in 99% of dated cases, but the "
        "death is dated {death_date}.",
        "ru": "Правило 4, неправдоподобный срок: {sentence} — приговор {body} от "
        "{sentence_date}; такие приговоры в 99% случаев исполнялись в течение {days} дн., а "
        "смерть датирована {death_date}.",
        "uk": "Правило 4, неправдоподібний строк: {sentence} — вирок {body} від "
        "{sentence_date}; такі вироки в 99% випадків виконувалися протягом {days} дн., а "
        "смерть датовано {death_date}.",
    },
    "cause_vocabulary": {
        "en": "Rule 5, cause of death: «{cause}» is among the {kind} causes given in invented "
        "108ss certificates, and no medical record of the death is on file (real prison "
        "deaths had the same causes, so this weighs little).",
        "ru": "Правило 5, причина смерти: «{cause}» — из {kind} причин, которые писали в "
        "вымышленных свидетельствах по указанию 108сс, а медицинских документов о смерти нет "
        "(от тех же болезней умирали и в заключении, поэтому вес правила мал).",
        "uk": "Правило 5, причина смерті: «{cause}» — з {kind} причин, які писали у вигаданих "
        "свідоцтвах за вказівкою 108сс, а медичних документів про смерть немає (від тих самих "
        "хвороб помирали й в ув'язненні, тому вага правила мала).",
    },
    "vague_place": {
        "en": "Rule 6, place of death: {place}; under 108ss the KGB sent the registry office no "
        "place of death, so invented certificates leave it blank or generic.",
        "ru": "Правило 6, место смерти: {place}; по указанию 108сс КГБ не сообщал ЗАГСу место "
        "смерти, поэтому в вымышленных свидетельствах оно пустое или общее.",
        "uk": "Правило 6, місце смерті: {place}; за вказівкою 108сс КДБ не повідомляв РАЦСу "
        "місце смерті, тому у вигаданих свідоцтвах воно порожнє або загальне.",
    },
    "cover_formula": {
        "en": "Rule 7, cover formula: {claim} says «without the right of correspondence», the "
        "formula told to families of the executed in 1939–45; no real sentence read so.",
        "ru": "Правило 7, формула прикрытия: {claim} говорит «без права переписки» — так в "
        "1939–1945 гг. отвечали родственникам расстрелянных; настоящих приговоров с такими "
        "словами не было.",
        "uk": "Правило 7, формула прикриття: {claim} каже «без права листування» — так у "
        "1939–1945 рр. відповідали родичам розстріляних; справжніх вироків із такими словами "
        "не було.",
    },
    "operation_period": {
        "en": "Rule 8, mass operation: arrested {arrest_date}, between {start} and {end}, and "
        "sentenced by {body} ({sentence}); 91% of the dated executions of such cases fall in "
        "1937–38.",
        "ru": "Правило 8, период массовой операции: арестован {arrest_date}, между {start} и "
        "{end}, осуждён: {body} ({sentence}); 91% датированных расстрелов по таким делам "
        "приходятся на 1937–1938 гг.",
        "uk": "Правило 8, період масової операції: заарештований {arrest_date}, між {start} і "
        "{end}, засуджений: {body} ({sentence}); 91% датованих розстрілів у таких справах "
        "припадає на 1937–1938 рр.",
    },
    "later_document": {
        "en": "Rule 9, later documents win: «{title}» issued {later} states the execution "
        "({claim}); it supersedes the document of {death}, which is kept as it is.",
        "ru": "Правило 9, более поздний документ: «{title}» от {later} сообщает о расстреле "
        "({claim}); он заменяет документ, на котором основано {death}; прежний документ "
        "сохраняется как есть.",
        "uk": "Правило 9, пізніший документ: «{title}» від {later} повідомляє про розстріл "
        "({claim}); він заміняє документ, на якому ґрунтується {death}; попередній документ "
        "зберігається як є.",
    },
    "camp_sentence": {
        "en": "Rule 10, ordinary camp death: {custodial} is a sentence to «{sentence}», not to "
        "death; a death in custody is then likely genuine.",
        "ru": "Правило 10, обычная смерть в заключении: {custodial} — приговор «{sentence}», а "
        "не к ВМН; смерть в заключении тогда, вероятно, подлинная.",
        "uk": "Правило 10, звичайна смерть в ув'язненні: {custodial} — вирок «{sentence}», а "
        "не до вищої міри покарання; смерть в ув'язненні тоді, ймовірно, справжня.",
    },
    "medical_act": {
        "en": "Rule 10, ordinary camp death: a medical or burial record of the death is on file.",
        "ru": "Правило 10, обычная смерть в заключении: есть медицинский акт или акт о "
        "захоронении.",
        "uk": "Правило 10, звичайна смерть в ув'язненні: є медичний акт або акт про поховання.",
    },
    "ordinary_court": {
        "en": "Rule 10: sentenced by {body} ({court}), not by an extrajudicial body or the "
        "Military Collegium, which 108ss covered.",
        "ru": "Правило 10: осуждён {body} ({court}), а не внесудебным органом или ВКВС, на "
        "которые распространялось указание 108сс.",
        "uk": "Правило 10: засуджений {body} ({court}), а не позасудовим органом чи ВКВС, на "
        "які поширювалася вказівка 108сс.",
    },
    # -- the consistency checks (catalog/checks/consistency.py) --------------------------------
    # -- families (catalog/checks/family.py) ------------------------------------------------
    "chsir_before_relative_arrest": {
        "en": "{sentence} sentences the person as a family member of a traitor to the "
        "Motherland (ЧСИР) {sentence_date}, before the arrest of the relative {relative} "
        "({arrest_date}); one of the dates is wrong, or another relative's case is meant.",
        "ru": "{sentence} — приговор как члену семьи изменника Родины (ЧСИР) {sentence_date}, "
        "раньше ареста родственника {relative} ({arrest_date}); одна из дат неверна, или речь "
        "о деле другого родственника.",
        "uk": "{sentence} — вирок як члену родини зрадника Батьківщини (ЧСІР) {sentence_date}, "
        "раніше за арешт родича {relative} ({arrest_date}); одна з дат хибна, або йдеться про "
        "справу іншого родича.",
    },
    "chsir_relative_missing": {
        "en": "{sentence} sentences the person as a family member of a traitor to the "
        "Motherland (ЧСИР): the relative whose case this followed (usually the husband or "
        "father) is not in the catalogue; their case file usually holds this one.",
        "ru": "{sentence} — приговор как члену семьи изменника Родины (ЧСИР): родственника, по "
        "делу которого он вынесен (обычно мужа или отца), в каталоге нет; его следственное "
        "дело обычно содержит и это.",
        "uk": "{sentence} — вирок як члену родини зрадника Батьківщини (ЧСІР): родича, у "
        "справі якого його винесено (зазвичай чоловіка або батька), у каталозі немає; його "
        "слідча справа зазвичай містить і цю.",
    },
    "execution_before_sentence": {
        "en": "The execution ({execution_date}, {execution}) is dated before the sentence "
        "({sentence_date}, {sentence}); one of the dates is wrong.",
        "ru": "Расстрел ({execution_date}, {execution}) датирован раньше приговора "
        "({sentence_date}, {sentence}); одна из дат неверна.",
        "uk": "Розстріл ({execution_date}, {execution}) датовано раніше за вирок "
        "({sentence_date}, {sentence}); одна з дат хибна.",
    },
    "death_before_arrest": {
        "en": "{death} dates the death {death_date}, before the arrest of {arrest_date} "
        "({arrest}).",
        "ru": "{death} датирует смерть {death_date} — раньше ареста {arrest_date} ({arrest}).",
        "uk": "{death} датує смерть {death_date} — раніше за арешт {arrest_date} ({arrest}).",
    },
    "event_before_birth": {
        "en": "{claim} is dated {claim_date}, before the birth ({birth_date}).",
        "ru": "{claim} датировано {claim_date} — раньше рождения ({birth_date}).",
        "uk": "{claim} датовано {claim_date} — раніше за народження ({birth_date}).",
    },
    "conflicting_death_dates": {
        "en": "The documents disagree on the date of death: {earlier_date} ({earlier}) and "
        "{later_date} ({later}).",
        "ru": "Документы расходятся в дате смерти: {earlier_date} ({earlier}) и {later_date} "
        "({later}).",
        "uk": "Документи розходяться в даті смерті: {earlier_date} ({earlier}) і {later_date} "
        "({later}).",
    },
    "rehabilitation_revoked": {
        "en": "The rehabilitation was revoked{when}{by} ({revoked}).",
        "ru": "Реабилитация отменена{when}{by} ({revoked}).",
        "uk": "Реабілітацію скасовано{when}{by} ({revoked}).",
    },
    "rehabilitation_reversed": {
        "en": "Rehabilitated on {first_date} ({first}), but declared not subject to "
        "rehabilitation on {refused_date} ({refused}).",
        "ru": "Реабилитирован {first_date} ({first}), но {refused_date} признан не подлежащим "
        "реабилитации ({refused}).",
        "uk": "Реабілітований {first_date} ({first}), але {refused_date} визнаний таким, що не "
        "підлягає реабілітації ({refused}).",
    },
}


def default(key: str) -> dict[str, str]:
    """A DEFAULTS entry, to pass as a field that differs by language."""
    return DEFAULTS[key]


def date_text(date: PartialDate | None, language: str = "en") -> str:
    """20.10.1937, 10.1937 or 1937, with «about», «before», «after» in the language asked for;
    a range says so ("between 1941 and 1943", «между 1941 и 1943», «весна 1938»)."""
    if date is None:
        return "?"
    if date.end is not None:
        return range_text(date, language, lambda point: date_text(point, language))
    if date.day is not None:
        text = f"{date.day:02d}.{date.month:02d}.{date.year}"
    elif date.month is not None:
        text = f"{date.month:02d}.{date.year}"
    else:
        text = str(date.year)
    if date.qualifier == Qualifier.EXACT:
        return text
    return f"{pick(QUALIFIERS, date.qualifier, language)} {text}"


def ref_text(ref: Ref, language: str, *, reader: bool = False) -> str:
    if not reader:
        if not ref.has_document:
            source = f", {_REF_CONCLUSION[language]}"
        else:
            source = f", {ref.document_title}" if ref.document_title else ""
        kind = pick(CLAIM_KIND_NOUNS, ref.kind, language)
        return _REF_RESEARCHER[language].format(id=ref.id, kind=kind, source=source)
    if not ref.has_document:
        return _REF_READER_NO_DOCUMENT[language]
    title = ref.document_title or document_kind(ref.document_kind or "other", language)
    return _REF_READER[language].format(title=title)


def _field(value: Any, language: str, reader: bool) -> str:
    if isinstance(value, Ref):
        return ref_text(value, language, reader=reader)
    if isinstance(value, PartialDate):
        return date_text(value, language)
    if isinstance(value, dict):
        return pick({"v": value}, "v", language)
    return "" if value is None else str(value)


def render(key: str, language: str, *, reader: bool = False, **fields: Any) -> str:
    """One reason in one language. A sentence that opens with a claim starts with a capital;
    for the reader every reason does."""
    template = pick(REASONS, key, language)
    text = template.format(**{name: _field(v, language, reader) for name, v in fields.items()})
    opens_with_claim = template.startswith("{") and isinstance(
        fields.get(template[1 : template.index("}")]), Ref
    )
    return capital(text) if reader or opens_with_claim else text


def reason(key: str, **fields: Any) -> Reason:
    """A reason as the checks store it: every language, for the researcher and the reader."""
    stored: Reason = {lang: render(key, lang, **fields) for lang in ("en", "ru", "uk")}
    reader = {lang: render(key, lang, reader=True, **fields) for lang in ("en", "ru", "uk")}
    if reader != {lang: stored[lang] for lang in reader}:
        stored["reader"] = reader
    return stored


def reason_text(reason: Any, language: str, *, reader: bool = False) -> str:
    """A stored reason in the language asked for, else the nearest one stored.

    `reader=True` gives the wording for an export (claims named by their documents) where the
    reason has one; a plain string (a reason a person wrote) is returned as it is."""
    if isinstance(reason, str):
        return reason
    if isinstance(reason, dict):
        sources = [reason.get("reader"), reason] if reader else [reason]
        for source in sources:
            if not isinstance(source, dict):
                continue
            for lang in FALLBACK.get(language, FALLBACK["en"]):
                value = source.get(lang)
                if isinstance(value, str) and value.strip():
                    return value
        for value in reason.values():
            if isinstance(value, str) and value.strip():
                return value
        return ""
    return str(reason)


__all__ = [
    "LANGUAGES",
    "REASONS",
    "Ref",
    "date_text",
    "default",
    "reason",
    "reason_text",
    "ref_text",
    "render",
]
