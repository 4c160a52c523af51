"""The request for an EHC needs assessment: the form of each page of questions
(questions.py), and the sections and pages that ask them (sections.py)."""
