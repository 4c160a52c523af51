"""Words that only a formal "you" uses, to find where a child or young person is spoken
to as a parent is."""

from __future__ import annotations

import re

# Words that only a formal "you" uses (the informal ones are "ty", "tu", "ти", "sen").
FORMAL = {
    "pl": re.compile(r"Państw|\bPan\b|\bPani\b|\bProsimy\b"),
    # (-ați, -eți: the formal plural; "înveți" is the informal "you learn")
    "ro": re.compile(r"\bdumneavoastră\b|\bvă\b|\bv-|\b(?!înveți\b)\w{2,}(?:ați|eți)\b", re.I),
    "bg": re.compile(r"\b(?:Вие|Вас|Ви|Вашия|Вашият|Вашата|Вашето|Вашите|сте)\b"),
    # ("Üzgünüz" is "we are sorry"; "söyledin", "vermedin" are the informal past, "you
    # told", "you did not give", not the formal "-edin".)
    "tr": re.compile(
        r"(?<!üz)\w(?:[iıuü]n[iıuü]z|s[iıuü]n[iıuü]z|(?<![dlm])edin|ekleyin|yazın|anlatın)\b",
        re.I,
    ),
}


# The young person's own request, page by page: formal words that no informal text has
# (a formal or plural "you" and its imperatives). "transmiteți" is the young person's own
# answer to the council ("Nu, nu transmiteți…"), which stays formal; "implicați",
# "aflați" and "specializați" are participles ("involved", "who are", "specialist
# teachers").
FORMAL_ON_PAGE = {
    "pl": FORMAL["pl"],
    "ro": re.compile(
        r"\bdumneavoastră\b|\bvă\b|\bv-|-vă\b"
        r"|\b(?!înveți\b|implicați\b|aflați\b|specializați\b|transmiteți\b)\w{2,}(?:ați|eți)\b",
        re.I,
    ),
    "bg": re.compile(
        r"\b(?:Вие|Вас|Ви|Ваш\w*|сте|Изберете|Въведете|Посочете|Разкажете|Добавете|Качете"
        r"|Попълнете|Проверете|Запазете|Продължете|Можете|можете|искате|отговорите(?! си))\b"
    ),
    # ("Üzgünüz" is "we are sorry".)
    "tr": re.compile(
        r"(?<!üz)\w(?:(?:[iıuü]n[iıuü]z|anız|eniz|onuz|önüz)\w*|s[iıuü]n[iıuü]z|(?<![dlm])edin|ekleyin|yazın|anlatın|seçin|yükleyin)\b"
        r"|\b(?:siz|size|sizi|sizden|sizin|girin)\b",
        re.I,
    ),
}


# Arabic and Persian: one register for every child and young person. Arabic speaks to
# them in the plural of address (كم, imperatives in -وا): its singular is masculine or
# feminine, and the masculine one leaves out young women and girls. Persian has no
# gender, and uses the informal singular (تو) as Bulgarian, Polish, Romanian and Turkish
# do. These find the other register. Words are matched without their vowel marks.
ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
# Words that end in ك without being "your": "that", "there", "so", "we share", "bank".
ARABIC_NOT_YOURS = {
    "ذلك", "لذلك", "بذلك", "وذلك", "كذلك", "هناك", "وهناك", "تلك", "بنك", "البنك",
    "ملك", "مشترك", "المشترك", "شريك", "ترك", "نشارك", "يشارك", "وأشارك", "أشارك",
    "السلوك", "الإدراك", "إدراك", "يضحك", "أضحك",
}  # fmt: skip
# The masculine singular imperatives and verbs these entries had ("tell us", "share",
# "choose", "enter", "write", "think", "you want", "you added") and the singular pronoun;
# not "أرسل" or "اطّلع", which are as often "(the council) sent", "(who) looked at".
ARABIC_SINGULAR = re.compile(
    r"^(?:[وف]?(?:أخبرنا|شاركنا|اختر|أدخل|اكتب|علق|راسل|احفظ|ارفع|أضف|أكمل|راجع|تحقق"
    r"|اذكر|قل|انتقل|حاول|اقرأ|اطبع|اترك|أعط|اعرف|ابدأ|اضغط|انقر|اتصل|اطلب|أجب"
    r"|فكر|أنت|تكتبه|تريده|تقوله|لتسأل|تستطيع|تكبر|تعيش|تحصل|أضفتها|أرسلته|كتبته))$"
)
# A child's example answer in which the child speaks to the adults around them: in their
# register, not the one used for the child.
SPOKEN_BY_THE_CHILD = {
    "Show me, do not just tell me. Give me time to answer. I like to type instead of talk."
}
PERSIAN_WORD = re.compile(r"[\u0621-\u06FF]+(?:\u200c[\u0621-\u06FF]+)*")
# Words that end in -ید without being a formal "you": "must", "new", "confirmation",
# "arrived", "comes", "says", "keyboard", "useful".
PERSIAN_NOT_FORMAL = {
    "باید", "نباید", "شاید", "جدید", "تأیید", "تایید", "رسید", "می\u200cآید", "بیاید",
    "بگوید", "می\u200cگوید", "نمی\u200cگوید", "کلید", "صفحه\u200cکلید", "مفید", "بازدید",
}  # fmt: skip


def other_register(language: str, text: str) -> list[str]:
    """The words of `text` (Arabic or Persian) that address a child or young person in
    the register the language does not use for them."""
    if language == "ar":
        words = re.findall(r"[\u0621-\u064A]+", ARABIC_MARKS.sub("", text))
        return [
            word
            for word in words
            if ARABIC_SINGULAR.match(word) or (word.endswith("ك") and word not in ARABIC_NOT_YOURS)
        ]
    words = PERSIAN_WORD.findall(text)
    return [
        word
        for word in words
        if word in ("شما", "شماست")
        or (word.endswith("تان") and not word.endswith("ستان"))
        or (word.endswith("ید") and word not in PERSIAN_NOT_FORMAL)
    ]
