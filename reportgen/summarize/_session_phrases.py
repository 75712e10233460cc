"""What a call or meeting says about itself, one pattern per phrase (case-insensitive).

Earnings calls open on safe-harbour notices and introductions, committee meetings on apologies
and the agenda; every session says these, so none of them is a point of the one at hand. The
rule that uses them (``_point_rules``) carries the examples they must and must not match.
"""

from __future__ import annotations

HOUSEKEEPING: tuple[str, ...] = (
    # safe-harbour and reporting notices
    r"forward-looking statements",
    r"undue reliance",
    r"(?:do not|does not|are not) guarantee(?:s)? (?:of )?future performance",
    r"actual results (?:may|could) differ",
    r"could differ materially",
    r"risks and uncertainties",
    r"non-(?:GAAP|IFRS)",
    r"reconciliation of (?:these|the|our|those) (?:\w+ )?(?:measures|figures)",
    r"\bother SEC filings\b",
    r"\bForm 10-[KQ]\b",
    r"(?:prepared|presented) in accordance with (?:International Financial Reporting Standards"
    r"|IFRS|U\.?S\.? GAAP|GAAP)",
    r"not responsible for (?:\w+ ){0,8}accuracy",
    r"\bfil(?:ed|ings?) with the (?:SEC|Securities and Exchange Commission)\b",
    # handing over and opening the floor
    r"turn (?:the call|it|things) (?:back )?over",
    r"hand (?:it |things |the call |the meeting )?(?:back )?over to",
    r"open (?:it|the line|the call|the floor) (?:up )?(?:for|to) (?:your )?questions",
    r"replay of (?:this|today's) call",
    r"(?:copy|copies) of (?:this|the) (?:report|paper|presentation) (?:is|are|can)",
)
"""Notices a call or paper carries by law or habit."""

PROCEDURE: tuple[str, ...] = (
    # who is on the call
    r"\b(?:joining|join) (?:us|me|the call)\b",
    r"\bparticipating in (?:our|the|this|today's) (?:\w+ ){0,3}call\b",
    r"\b(?:with|here) (?:me|us) (?:\w+ )?(?:today|this morning|this afternoon|on the call)\b",
    r"\bI(?:'m| am) here (?:today |this morning )?with\b",
    r"\bon (?:the|today's|this) (?:call|line|webcast) (?:today |this morning )?"
    r"(?:are|is|we have)\b",
    r"\bon (?:the|today's|this) (?:call|line|webcast) (?:today|this morning|this afternoon)\b",
    r"\bon today's (?:call|webcast)\b",
    r"^(?:(?:Um|Uh|Okay|So|Well|Right|Again|Once again),? )*(?:I'm|I am|My name is) "
    r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?:,| and I'm) (?:the |our |your )?(?:[\w-]+ ){0,3}"
    r"(?:Chair(?:man|woman)?|CEO|CFO|President|Director|Manager|Officer|Secretary|Treasurer"
    r"|host|operator|moderator)\b",
    r"\bI(?:'ll| will) be your\b",
    r"^(?:(?:Um|Uh|Okay|So|Well|Hi|Hello|And),? )*(?:my name is|my name's) [A-Z]",
    r"\bknow each other\b",
    r"\bintroduce (?:yourself|yourselves|myself|ourselves)\b",
    r"\b(?:I|we) hope (?:that )?(?:you(?:'re| are)|everyone is|"
    r"you and your (?:families|family|loved ones) are) (?:all )?(?:staying |keeping )?"
    r"(?:well|safe|healthy)\b",
    # where the release is
    r"\b(?:is|are) being (?:broadcast|webcast|recorded)\b",
    r"\b(?:available|accessed|posted|found) (?:\w+ ){0,5}(?:on|at|in|via|through|by going to) "
    r"(?:the |our )?(?:\w+ ){0,3}(?:website|investor relations)\b",
    r"\bhave not (?:yet )?received (?:the|our|a copy of the) (?:\w+ )?release\b",
    # a committee's formalities
    r"\b(?:received )?apologies (?:for absence|from)\b",
    r"\b(?:minutes|notes) (?:of|from) the (?:previous|last) meeting\b",
    r"\bcall for nominations\b",
    r"\bdeclarations? of interest\b",
    r"\bis substituting for\b",
    r"\bthere (?:is|are) no substitutes?\b",
    r"\bpleased to welcome\b",
    r"\btemporary Chair\b",
    # the running order
    r"\bthis is (?:the|our) (?:[\w-]+ ){0,3}(?:meeting|call|session|webcast)\b",
    r"\b(?:this|today's) meeting(?:'s)? agenda\b",
    r"\bthe agenda (?:for|of) (?:this|today's)\b",
    r"\b(?:today's|this morning's|this afternoon's) agenda\b",
    r"\bwhat we(?:'re| are) (?:gonna|going to) (?:be )?(?:do|doing|cover|covering|discuss"
    r"|discussing)\b",
    r"\b(?:start|begin|open) with (?:our|the) (?:opening|introductions|agenda|minutes)\b",
    r"\b(?:move|moving) on,?(?: then,?)? to (?:our|the) (?:next|first|second|third|last"
    r"|substantive|main) (?:item|question|topic)\b",
    r"^Item \w+,? (?:then,? )?(?:this morning,? |today,? )?is\b",
    r"\bwill be giving (?:this|the|a|our) presentation\b",
    r"\bwill (?:start|begin) by (?:going over|reviewing|discussing|walking)\b",
    r"\bwill (?:then )?(?:review|discuss|cover|walk (?:you )?through) (?:[\w-]+ ){0,5}"
    r"in (?:more|greater|further) detail\b",
    r"\blet me (?:just )?start by\b",
    r"\bI(?:'ll| will)(?:, \w+,)? (?:now |then |also |first |briefly )?"
    r"(?:provide|share|give|offer) (?:you )?(?:with )?(?:\w+ ){0,2}(?:insights?|perspectives?"
    r"|updates?|overview|colou?r|details|commentary|thoughts|highlights)\b",
    r"\b(?:I|and \w+)(?:'ll| will) (?:then |now )?(?:review|discuss|cover|walk (?:you )?through|"
    r"take you through|go over) (?:our|the) (?:[\w'-]+ ){0,4}(?:results|financials|numbers)\b",
    r"^(?:(?:First|Next|Then|Now|Finally|Lastly|Second|Secondly|Third),? I(?:'ll| will) |"
    r"I(?:'ll| will) (?:now|next|then|first|also) )(?:\w+ )?(?:discuss|talk about|cover|touch on|"
    r"turn to|address|walk (?:you )?through|update you on|comment on)\b",
    # thanks and good wishes
    r"\b(?:express|extend|offer|convey) (?:our|my) (?:\w+ )?(?:gratitude|thanks|appreciation)\b",
    r"\b(?:my|our) (?:utmost|deepest|sincere|heartfelt|warmest) (?:respect|admiration|"
    r"gratitude|thanks)\b",
    r"\b(?:thank|appreciate|grateful to|gratitude to) (?:all (?:of )?)?(?:our|my) (?:\w+ ){0,3}"
    r"(?:employees|colleagues|associates|team(?:s| members)?|staff|people|folks|workers)\b",
    r"\bappreciate the (?:\w+ ){0,2}(?:dedication|commitment|hard work|efforts)\b",
    r"\blimit (?:themselves|yourselves|yourself|your questions|questions) to "
    r"(?:one|a single|two)\b",
    r"\bwe(?:'ll| will|'re going to| are going to|'re gonna) (?:then |now |just )?(?:go through|"
    r"go over|see (?:what|if|whether|how)|finish up|wrap up|move on|start (?:with|by)|"
    r"have (?:a|the|our) (?:\w+ ){0,2}presentations?|do (?:the|an|a|our) (?:\w+ )?"
    r"(?:evaluation|presentations?|round|introductions))\b",
    r"\b(?:go|move) straight (?:in)?to questions\b",
    r"\b(?:go|come|turn) (?:back )?to (?:[A-Z][\w'-]+ ){1,3}(?:now )?for (?:some |a few |"
    r"your )?questions\b",
    r"\blooking forward to hearing (?:from you|what you)\b",
    r"^(?:\w+ ){0,2}I (?:wanted|want|would like|just wanted) to (?:talk|ask) (?:you )?about\b",
    r"\bask you (?:if|whether|about|what|how|why|to tell)\b",
    r"\bI (?:wonder|wondered|was wondering) (?:if|whether)\b",
    r"\b(?:could|can|would) you (?:just )?(?:tell|explain to|give|outline for|set out for|update)"
    r" (?:us|me|the committee)\b",
    r"\b(?:that|your|this|my) (?:last |first |next )?question\b",
    r"\b(?:move|moving|go|turn) on,?(?: then,?)? to item \w+\b",
    r"^(?:\w+,? ){0,2}I(?:'m| am) (?:currently |also |still )?(?:registered|employed|listed) as\b",
    r"\b(?:declare|declaring|register|registering) an interest\b",
)
"""Talk about the session itself: who joined, where the release is, who sent apologies,
what comes next."""
