"""What the demonstration families answer on the request's pages (devtools/demo_requests.py),
as the pages' forms receive it. The children are invented: every surname is Example (but the
young person of the test sign-in page, Jordan Hale, whose case the reference case system
has), every address on Example Road, and every telephone number from Ofcom's range for drama."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from portal.platform import deadlines

CONSENT = {"assessment": "yes", "declaration": "confirmed"}

# The child's own views, written with their mother's help, for the first example.
CHILD_VIEWS = {
    "helped_by": "Mum (Priya Example)",
    "likes": "Drawing dragons, swimming on Saturdays and my cat Biscuit.",
    "important": "Having my friend Tom in my class.",
    "hard": "When the classroom is loud I cannot think. Writing makes my hand hurt.",
    "support": "Ear defenders in busy lessons and being able to type my work.",
    "hopes": "I want to make comics when I grow up.",
}

PARENTS = {
    "Ada": ("Priya", "mother"),
    "Ben": ("Tomasz", "father"),
    "Cleo": ("Grace", "mother"),
    "Dev": ("Sunita", "mother"),
    "Fern": ("Alex", "guardian"),
    "Gus": ("Marek", "father"),
}
NEEDS = {
    "Ada": (
        ["communication", "sensory_physical"],
        "Finds busy rooms overwhelming and is not speaking in class.",
    ),
    "Ben": (["learning"], "Is two years behind in reading and maths despite extra help."),
    "Cleo": (["semh"], "Has not been able to go to school full time since the spring."),
    "Dev": (
        ["communication", "learning"],
        "Speaks in short phrases and needs help to follow instructions.",
    ),
    "Eli": (
        ["learning", "sensory_physical"],
        "I have dyspraxia and I need help to keep up at college.",
    ),
    "Fern": (["sensory_physical"], "Uses a wheelchair and has a hearing impairment."),
    "Gus": (["semh"], "Is often anxious at school and has stopped joining in at playtime."),
    "Jordan": (
        ["communication", "semh"],
        "I am autistic. Busy, noisy places and sudden changes to plans make me very anxious, "
        "and some days I cannot go into college because of it. I find it hard to organise "
        "my coursework and I have missed deadlines. I understand things best when I am told "
        "one thing at a time.",
    ),
}

# The young person of the test sign-in page (devtools/identity.py) asks for himself: his
# name and date of birth are those of his case in the reference case system
# (reference_case_system/demo.py), and what he says agrees with his plan there.
BORN = {"Jordan": dt.date(2008, 2, 3)}
OWN_WORDS: dict[str, dict[str, dict[str, Any]]] = {
    "Jordan": {
        "child": {"ethnicity": {"ethnicity": "MWBC"}},
        "you": {"contact": {"email": "jordan.hale@example.org", "phone": "07700 900 982"}},
        "education": {
            "setting": {
                "setting_type": "college",
                "setting_name": "Example Further Education College",
                "year_group": "Level 2 Motor Vehicle Maintenance, first year",
            },
            "history": {
                "previous_settings": "Example Academy (secondary school), until Year 11.",
                "exclusions": "",
            },
        },
        "needs": {
            "diagnoses": {
                "diagnoses": "Autism, diagnosed when I was 12 by the child development team."
            },
        },
        "support": {
            "current": {
                "current": "A learning support assistant in some practical lessons, extra "
                "time in exams and a pass to leave a lesson when it gets too much."
            },
            "professionals": {
                "professionals": "The college's learning support team and my personal tutor."
            },
        },
    },
}


def for_child(child: tuple[str, str], young_person: bool, received_days_ago: int) -> dict[str, Any]:
    """Every page's answers, by section and page, for one example child."""
    first, last = child
    received = deadlines.council_today() - dt.timedelta(days=received_days_ago)
    age = 17 if young_person else 6 + len(first)
    born = [str(min(received.day, 28)), str(received.month), str(received.year - age)]
    if first in BORN:
        born = [str(BORN[first].day), str(BORN[first].month), str(BORN[first].year)]
    areas, description = NEEDS[first]
    email = f"{first.lower()}.{last.lower()}@example.org"
    you: dict[str, Any] = {"contact": {"email": email, "phone": "07700 900 461"}}
    if not young_person:
        parent, relationship = PARENTS[first]
        you = {
            "name": {"first_name": parent, "last_name": last, "relationship": relationship},
            "contact": {"email": email, "phone": "07700 900 461"},
            "language": {"first_language": ""},
            "others": {"others": ""},
        }
    setting = (
        {"setting_type": "college", "setting_name": "Example Sixth Form College", "year_group": ""}
        if young_person
        else {"setting_type": "school", "setting_name": "Example Primary School", "year_group": ""}
    )
    given: dict[str, Any] = {
        "child": {
            "name": {"first_name": first, "last_name": last, "preferred_name": ""},
            "date-of-birth": {"date_of_birth": born},
            "address": {
                "address_line_1": f"{len(first)} Example Road",
                "address_line_2": "",
                "address_town": "Barnet",
                "address_postcode": "EN5 4AB",
            },
            "upn": {"upn": ""},
            "language": {"first_language": "English", "interpreter_needed": "no"},
            "ethnicity": {},
            "looked-after": {"looked_after": "no"},
        },
        "you": you,
        "education": {
            "setting": setting,
            "history": {"previous_settings": "", "exclusions": ""},
        },
        "needs": {
            "areas": {"areas": areas},
            "description": {"description": description},
            "diagnoses": {"diagnoses": ""},
        },
        "support": {
            "current": {"current": "Help from a teaching assistant in some lessons."},
            "professionals": {"professionals": ""},
        },
    }
    for section, pages in OWN_WORDS.get(first, {}).items():
        given[section] = {**given[section], **pages}
    return given


def support_plan_pdf(child: str) -> io.BytesIO:
    """A one-page PDF that says it is an example of a school's support plan."""
    text = f"Example Primary School: support plan for {child} (an example for the demonstration)"
    stream = b"BT /F1 12 Tf 50 780 Td (%s) Tj ET" % text.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    table_at = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % table_at)
    out.seek(0)
    return out
