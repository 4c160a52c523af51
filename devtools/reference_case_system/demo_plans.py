"""What the demonstration plans say, section by section (A to K), for demo.py: invented
people, written as a council would write them."""

from __future__ import annotations

SECTIONS_FINAL = [
    (
        "A",
        "Amara loves drawing, dinosaurs and swimming with her dad. She wants to be a vet. "
        'She says: "I like it when grown-ups show me, not just tell me."',
    ),
    (
        "B",
        "Amara has a language disorder that affects how she understands long instructions, "
        "and she finds reading and spelling much harder than most children her age.",
    ),
    ("C", "Amara has glue ear in her left ear, monitored by the audiology service."),
    ("D", "No social care needs have been identified."),
    (
        "E",
        "By the end of Year 5 Amara will follow three-step instructions in class without "
        "adult help, and read books at her level with 90% accuracy.",
    ),
    (
        "F",
        "Small-group speech and language sessions three times a week, delivered by a "
        "trained teaching assistant and planned with the speech and language therapist; "
        "a daily structured reading programme; visual timetables in every lesson.",
    ),
    ("G", "A speech and language therapy review each term; an audiology review each year."),
    ("H1", "None."),
    ("H2", "None."),
    ("I", "Oakfield Primary School (mainstream)."),
    ("J", "No personal budget has been requested."),
    (
        "K",
        "Advice from the educational psychologist, the speech and language therapist, the "
        "school, the audiology service and Amara's parents.",
    ),
]

SECTIONS_JORDAN = [
    (
        "A",
        'Jordan is 18 and studies motor vehicle maintenance at college. He says: "I want '
        'to work in a garage and live on my own one day. Tell me things one at a time."',
    ),
    (
        "B",
        "Jordan is autistic. Busy, noisy places and sudden changes to plans make him very "
        "anxious, and he finds it hard to organise written work and coursework deadlines.",
    ),
    ("C", "No health needs beyond those described in section B."),
    ("D", "No social care needs have been identified."),
    (
        "E",
        "By the end of his course Jordan will plan his own week with a visual planner, and "
        "travel to a work placement on his own.",
    ),
    (
        "F",
        "A named tutor to meet each week; a quiet room for breaks and exams; travel "
        "training in the first term; written instructions for every practical task.",
    ),
    ("G", "None."),
    ("H1", "None."),
    ("H2", "Travel training with the council's independent travel team."),
    ("K", "Advice from the college, an educational psychologist and Jordan himself."),
]

SECTIONS_LEO = [
    (
        "A",
        'Leo is 11 and loves trains, football and building with bricks. He says: "I like '
        'it when I know what is happening next."',
    ),
    (
        "B",
        "Leo has dyspraxia and attention difficulties: handwriting, getting changed and "
        "staying on a task for more than a few minutes are hard for him.",
    ),
    ("C", "Leo sees an occupational therapist for his coordination."),
    ("D", "No social care needs have been identified."),
    (
        "E",
        "By the end of Year 7 Leo will type his longer pieces of work and complete a "
        "15-minute task with one reminder.",
    ),
    (
        "F",
        "A laptop for written work; movement breaks twice a morning; a teaching assistant "
        "in English and maths lessons; a now-and-next card on his desk.",
    ),
    ("G", "Occupational therapy each term, with a programme for school and home."),
    ("H1", "None."),
    ("H2", "None."),
    (
        "K",
        "Advice from the school, the occupational therapist, an educational psychologist and "
        "Leo's parents.",
    ),
]

SECTIONS_CEASED = [
    (
        "A",
        "Ella likes music, cooking and her job at a café. She wants to work with animals.",
    ),
    ("B", "Ella has dyslexia and finds it hard to organise her work and meet deadlines."),
    ("C", "No health needs have been identified."),
    ("D", "No social care needs have been identified."),
    ("E", "Ella will complete her level 2 course in animal care and plan her next steps."),
    ("F", "Weekly study skills support from the college's learning support team."),
    ("G", "None."),
    ("H1", "None."),
    ("H2", "None."),
    ("I", "Barnet and Southgate College (further education)."),
    ("J", "No personal budget has been requested."),
    ("K", "Advice from the college, the educational psychologist and Ella."),
]

SECTIONS_PRIYA = [
    (
        "A",
        'Priya is 17 and studies art and media at sixth-form college. She says: "I want to '
        'go to art college. I work best when I can see the plan for the week."',
    ),
    (
        "B",
        "Priya is deaf and uses hearing aids. She misses spoken information in busy rooms "
        "and finds long lectures and group discussions tiring.",
    ),
    ("C", "Priya's hearing is reviewed each year by the audiology service."),
    ("D", "No social care needs have been identified."),
    (
        "E",
        "By the end of her course Priya will ask her tutors for what she needs in class, and "
        "apply to art colleges with the support of her careers adviser.",
    ),
    (
        "F",
        "A radio aid in lessons; notes of each lesson shared with her; a visit each half term "
        "from a teacher of the deaf; a quiet room for exams.",
    ),
    ("G", "An audiology review each year."),
    ("H1", "None."),
    ("H2", "None."),
    ("I", "Oakfield Sixth Form College (further education)."),
    ("J", "No personal budget has been requested."),
    ("K", "Advice from the college, the teacher of the deaf, the audiology service and Priya."),
]
