"""Word lists for actors outside conflict news: firms, clubs, broadcasters, and what is no actor.

Companies, unions, insurers, clubs, broadcasters and courts are groups; products, vehicles,
competitions, events, schemes and document titles are named things, not actors.
"""

from __future__ import annotations

from reportgen.summarize._tokens import word_set

COMPANY_WORDS = word_set(
    """Foods Food Motors Contracts Leasing Logistics Haulage Freight Coaches Travel Airways
    Airlines Energy Power Powergrid Grid Homes Holdings Partners Partnership Insurance Assurance
    Insurers Media Sports Radio Echo Gazette Herald Chronicle Courier
    Argus Journal Tribune Mirror Express Society Trust Rail Railways Buses Telecom Systems
    Technologies Pharmaceuticals Pharma Stores Retail Supermarkets Brewery Construction
    Engineering Consulting Consultants Solutions Industries Enterprises Ventures Bancorp
    Bankshares Securities Investments Properties Estates Club FC RFC AFC CC Rovers Wanderers
    Athletic Albion Harlequins Rangers Magistrates Chambers Solicitors LLP Limited Unlimited
    Hospitals Trustees Charity Council Councils Clinic Labs Laboratories Studios Records
    Publishing Publishers Press Broadcasting Networks Communications Mobile Utilities
    Economics Analytics"""
)
"""Last words of the names of firms, clubs, newspapers, stations and courts."""

KNOWN_ORGS = word_set(
    """Aviva Barclays HSBC NatWest Santander Nationwide Chubb Allianz AXA Prudential Legal
    Lloyds Halifax Citigroup Citi JPMorgan Goldman Walmart Costco Tesco Sainsbury's Asda
    Morrisons Aldi Lidl Waitrose Amazon Google Alphabet Apple Microsoft Meta IBM Intel Nvidia
    Samsung Sony Toyota Siemens Shell BP Unilever Nestle Pfizer Moderna AstraZeneca GSK Unite
    Unison GMB RMT Teamsters Usdaw ASLEF NHS Ofcom Ofgem Ofwat Ofsted HMRC DVLA FCA SEC FTC
    ITV S4C Channel4 Netflix Disney ESPN NBC CBS ABC Fox PwC Deloitte KPMG EY Accenture
    McKinsey UEFA FIFA RFU WRU IOC"""
)
"""Single-word names of well-known firms, unions, regulators and broadcasters."""

KNOWN_ORG_PHRASES = frozenset(
    {
        "Wells Fargo",
        "Morgan Stanley",
        "Goldman Sachs",
        "Bank of America",
        "Legal & General",
        "Marks and Spencer",
        "Marks & Spencer",
        "John Lewis",
        "Sky Sports",
        "BBC One",
        "BBC Two",
        "BBC Radio",
        "Channel 4",
        "Channel 5",
        "Premier League",
        "Football Association",
        "Rugby Football Union",
    }
)
"""Firms whose names read like a person's ("Morgan Stanley", "Wells Fargo")."""

BROADCAST_WORDS = word_set("Radio One Two Three Four Scotland Wales Cymru World Sport Sports")
"""Words after "BBC" or "Sky" that make a station or channel, an actor, rather than the
outlet a report cites."""

EVENT_HEADS = word_set(
    """Cup Trophy Championship Championships Prix Olympics Olympiad Games Series Awards
    Festival Marathon Tournament Open Classic Slam Expo Premiership Shield Plate Bowl Bowls
    Final Finals"""
)
"""Last words of competitions, events and product ranges: things that happen or are sold."""

SCHEME_HEADS = word_set(
    """Zone Zones Scheme Programme Program Act Bill Strategy Plan Report Review Policy
    Framework Agreement Treaty Accord Regulations Directive Paper Papers Memo Minutes Annex
    Appendix Index Reports Calendar Database Databases Register Registry"""
)
"""Last words of schemes, laws and document titles: named things, not actors ("the Senate
Legislative Calendar", "Senate Reports" name papers, though a chamber opens them)."""

DOCUMENT_WORDS = word_set(
    """Act Acts Code Codes Statute Statutes Authorization Authorizations Authorisation
    Authorisations Appropriation Appropriations Amendment Amendments Ordinance Ordinances
    Regulation Regulations Directive Directives Survey Surveys Report Reports Treaty Charter"""
)
"""Words of the titles of laws, codes, bills, reports and surveys, wherever they stand in the
name: "the Uniform Code of Military Justice", "Title 10, United States Code", "Defense
Authorization for Appropriations for Fiscal Year 2015", "a Pulse Survey of clients". No
person's or place's name holds one, and a group's name holds one only before its own head
word ("the Senate Appropriations Committee"). "Bill" is left to the last word, as it is a
given name too."""

THING_NOUNS = word_set(
    """initiative initiatives programme programmes program programs scheme schemes project
    projects app apps website websites"""
)
"""Common nouns after a name that make it the name of a scheme or a product: "the Sêr Cymru
initiative", "the Harbour Lights project". A known body's name stays ("the Welsh Government
initiative"); "campaign" is left out, as a person's name comes before it ("the Clinton
campaign")."""

SEGMENT_NOUNS = word_set("segment segments")
"""A company reports its business by segment: "our Aviation and Technical Solutions segments"
names lines of its own business, no other firm, though a firm's word ends the name."""

VEHICLE_MAKES = word_set(
    """Ford Renault Dodge Toyota Vauxhall BMW Audi Mercedes Mercedes-Benz Volkswagen VW Tesla
    Nissan Honda Peugeot Citroen Fiat Kia Hyundai Volvo Jaguar Skoda Seat Mazda Subaru
    Chevrolet Chevy Jeep Porsche Ferrari Lamborghini Boeing Airbus Iveco Scania DAF"""
)
"""A make followed by a model ("Ford Transit", "Dodge Charger") names a vehicle."""

PRODUCT_LISTS = word_set(
    """products product offerings apps tools features programmes programs models"""
)
"""Plural nouns whose examples follow them ("our financial products, including Refund
Transfer, Refund Advance and Emerald Card"): every name in that list is such a thing. Not
"brands" nor "services": their examples are often firms and bodies ("brands like Heinz")."""
PRODUCT_VERBS = word_set(
    """launched launch launches sold sell sells bought buy buys drove drive drives released
    release releases unveiled unveil introduced introduce stocked stock made makes ordered
    leased lease leases shipped ship"""
)
"""Verbs whose object, when capitalised, is a product, not an actor."""

POSSESSIVES = word_set("our his her their its your my Our His Her Their Its Your My")

JOB_TITLES = word_set(
    """chair chairman chairwoman chairperson treasurer secretary councillor cllr officer
    executive manager director head coach captain striker goalkeeper midfielder defender
    winger fly-half scrum-half full-back flanker referee umpire analyst trustee controller
    accountant auditor engineer inspector superintendent constable sergeant solicitor
    barrister clerk registrar founder owner president chief spokesperson spokesman
    spokeswoman presenter producer editor reporter designer developer consultant architect
    planner surveyor researcher scientist economist adviser advisor moderator operator ceo cfo
    coo cto cio evp svp vp master harbourmaster headteacher teacher principal governor
    warden ranger nurse doctor surgeon pilot driver mayor"""
)
"""Jobs a text gives a person before or beside the name ("scrum-half Rhys Tanner")."""

JOB_QUALIFIERS = word_set(
    """financial operating executive technology information marketing commercial investment
    medical legal people regional general managing deputy vice assistant senior safety
    finance operations industrial project product programme program design user shadow
    transport health education justice defence defense environment housing treasury
    culture"""
)
"""Words inside a job title ("Chief Financial Officer", "regional officer", "shadow
transport secretary")."""

ORG_JOB_TITLES = word_set(
    """chair chairman treasurer secretary officer executive manager director coach captain
    striker goalkeeper midfielder defender winger forward fly-half scrum-half full-back
    spokesperson spokesman spokeswoman chief head owner founder presenter editor"""
)
"""Jobs held in an organisation: the capitalised words just before one ("Harbourside coach")
name the organisation."""

STREET_HEADS = word_set("Road Street Lane Avenue Terrace Gardens Drive Walk Row Quay")
"""Last words of street names: places."""

ORG_NOUNS = word_set(
    """insurer insurers bank banks lender lenders firm firms company companies contractor
    contractors supplier suppliers regulator regulators union unions council councils club
    clubs broadcaster broadcasters operator operators landlord landlords client clients
    customer customers partner partners developer developers consultancy consultancies charity
    charities carrier carriers haulier hauliers retailer retailers manufacturer
    manufacturers utility utilities agency agencies fund funds trust trusts insurer's
    auditor auditors owner owners buyer buyers seller sellers subsidiary subsidiaries"""
)
"""Common nouns for an organisation: the name they introduce is one ("The insurer, Northern
Mutual, ...", "its lender Harbour Bank")."""


HELD_BY_FIRMS = word_set(
    """shareholders stockholders shares stock revenue revenues earnings dividend dividends
    franchisees subsidiaries portfolio balance-sheet goodwill e-files"""
)
"""What only a company has: "Medifast's shareholders", "Flowserve's revenue". The name
before the possessive is the company; a word the gazetteer does not know, set before one
of these without a possessive ("Assisted revenues", "Wave goodwill"), names a line of the
business, which is no place."""
