"""Words that name a part of a document ("Figure 3", "Lemma 2", "Appendix B"): what "in" or
"see" points at in a paper or a report, never a place, a person or a group."""

from __future__ import annotations

from reportgen.summarize._tokens import word_set

DOC_PARTS = word_set(
    """Figure Fig Figures Table Tables Eqn Eq Equation Equations Lemma Theorem Corollary
    Proposition Definition Remark Algorithm Appendix Annex Section Sections Chapter Page Pages
    Footnote Note Notes Step Paragraph Clause Schedule Exhibit Slide Box Panel Supplementary
    Sec Secs App Eqs Subsection Procedure Proof Def Thm Alg"""
)
