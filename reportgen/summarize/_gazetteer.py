"""Small word lists the actor finder ships with: countries, cities, demonyms, titles, org cues."""

from __future__ import annotations

from reportgen.summarize._organisations import (
    COMPANY_WORDS,
    KNOWN_ORG_PHRASES,
    KNOWN_ORGS,
    STREET_HEADS,
)


def _set(text: str) -> frozenset[str]:
    return frozenset(x.strip() for x in text.split("|") if x.strip())


COUNTRIES = _set(
    """Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|
    Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Bulgaria|Burma|Cambodia|Cameroon|
    Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|
    Egypt|England|Eritrea|Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|
    Haiti|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|
    Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|
    Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar|Nepal|Netherlands|
    New Zealand|Nicaragua|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Peru|
    Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Scotland|Senegal|Serbia|
    Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|
    Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|
    Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|United States|US|USA|
    U.S.|U.K.|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe"""
)
CITIES = _set(
    """Aleppo|Amman|Ankara|Athens|Baghdad|Bangkok|Basra|Beijing|Beirut|Benghazi|Berlin|Brussels|
    Cairo|Chicago|Damascus|Deraa|Daraa|Doha|Dubai|Geneva|Hama|Homs|Idlib|Istanbul|Jakarta|
    Jerusalem|Kabul|Karachi|Khartoum|Kiev|Kyiv|Latakia|Lisbon|London|Los Angeles|Madrid|Manchester|
    Mecca|Moscow|Mosul|Mumbai|Nairobi|New Delhi|New York|Palmyra|Paris|Raqqa|Riyadh|Rome|Sanaa|
    Seoul|Shanghai|Sydney|Tehran|Tel Aviv|Tokyo|Tripoli|Tunis|Vienna|Warsaw|Washington|Aden|Gaza|
    Hebron|Ramallah|Erbil|Kirkuk|Tikrit|Fallujah|Ramadi|Deir ez-Zor|Tartus|Hasaka|Qamishli|Kobane|
    Sidon|Tyre|Haifa|Alexandria|Islamabad|Lahore|Kandahar|Herat|Ottawa|Toronto|Boston|Miami|
    Aberdeen|Belfast|Birmingham|Bradford|Brighton|Bristol|Cambridge|Canterbury|Cardiff|Carlisle|
    Coventry|Doncaster|Dundee|Edinburgh|Exeter|Glasgow|Gloucester|Hereford|Inverness|Leeds|
    Leicester|Liverpool|Londonderry|Newcastle|Norwich|Nottingham|Oxford|Peterborough|Plymouth|
    Portsmouth|Salford|Sheffield|Southampton|Sunderland|Swansea|Wakefield|Winchester|
    Wolverhampton|Worcester|Wrexham|Houston|Dallas|Atlanta|Seattle|Denver|Philadelphia|Detroit|
    San Francisco|Montreal|Vancouver|Melbourne|Dublin|Cork|Edmonton|Calgary"""
)
"""Capitals and large cities; UK cities that are also common family names (Lincoln, Preston,
Chester, Durham, Lancaster) are left to the cues around them."""
REGIONS = _set(
    """Middle East|Europe|Africa|Asia|North Africa|Gulf|Persian Gulf|Gaza Strip|West Bank|
    Golan Heights|Kurdistan|Balkans|Caucasus|Latin America|Scandinavia|Mediterranean|Sinai|
    Near East|Levant|Arabian Peninsula|Central Asia|East Africa|West Africa|Horn of Africa"""
)
PLACES = COUNTRIES | CITIES | REGIONS

DEMONYMS = {
    "Afghan": "Afghanistan",
    "American": "United States",
    "Arab": "",
    "Australian": "Australia",
    "Belgian": "Belgium",
    "Brazilian": "Brazil",
    "British": "United Kingdom",
    "Canadian": "Canada",
    "Chinese": "China",
    "Danish": "Denmark",
    "Dutch": "Netherlands",
    "Egyptian": "Egypt",
    "Emirati": "United Arab Emirates",
    "English": "England",
    "European": "Europe",
    "French": "France",
    "German": "Germany",
    "Greek": "Greece",
    "Indian": "India",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Irish": "Ireland",
    "Israeli": "Israel",
    "Italian": "Italy",
    "Japanese": "Japan",
    "Jordanian": "Jordan",
    "Kurdish": "",
    "Kuwaiti": "Kuwait",
    "Lebanese": "Lebanon",
    "Libyan": "Libya",
    "Pakistani": "Pakistan",
    "Palestinian": "Palestine",
    "Polish": "Poland",
    "Qatari": "Qatar",
    "Russian": "Russia",
    "Saudi": "Saudi Arabia",
    "Scottish": "Scotland",
    "Spanish": "Spain",
    "Swedish": "Sweden",
    "Swiss": "Switzerland",
    "Syrian": "Syria",
    "Tunisian": "Tunisia",
    "Turkish": "Turkey",
    "Ukrainian": "Ukraine",
    "Western": "",
    "Yemeni": "Yemen",
    "Gulf": "",
    "Norwegian": "Norway",
    "Austrian": "Austria",
    "Welsh": "Wales",
    "Portuguese": "Portugal",
    "Mexican": "Mexico",
    "Korean": "",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Somali": "Somalia",
    "Sudanese": "Sudan",
    "Vietnamese": "Vietnam",
    "Finnish": "Finland",
    "Hungarian": "Hungary",
    "Czech": "Czech Republic",
    "Romanian": "Romania",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Armenian": "Armenia",
    "Argentine": "Argentina",
    "Colombian": "Colombia",
    "Venezuelan": "Venezuela",
    "Cuban": "Cuba",
}
FAITHS = _set(
    """Sunni|Shia|Shiite|Alawite|Alawites|Muslim|Muslims|Christian|Christians|Druze|Jewish|Jews|
    Catholic|Orthodox|Islamist|Islamic|Kurd|Kurds|Sunnis|Arabs|Hindu|Buddhist|Sikh"""
)
FESTIVALS = _set(
    """Eid|Ramadan|Ashura|Nowruz|Christmas|Easter|Passover|Hanukkah|Diwali|Lent|Advent|Mawlid"""
)
EVENTS = _set("""Brexit|Olympics|Paralympics|Euro|Covid|COVID|Covid-19|COVID-19|Coronavirus""")
"""Events a text names like places ("the impact of Brexit on Wales"): no actors."""
NUMBERS = _set(
    """One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand"""
)
MONTHS = _set(
    """January|February|March|April|May|June|July|August|September|October|November|December|
    Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"""
)
WEEKDAYS = _set("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
HONORIFICS = _set("Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Sheikh|Father|Mr.|Mrs.|Ms.|Dr.")
TITLES = _set(
    """President|Prime|Minister|Secretary|General|Foreign|Defence|Defense|Interior|Home|Vice|
    Deputy|Chancellor|King|Queen|Prince|Princess|Emir|Sultan|Governor|Senator|Ambassador|Envoy|
    Chief|Commander|Colonel|Col|Lieutenant|Major|Captain|Brigadier|Sergeant|Admiral|Judge|Justice|
    Mayor|Pope|Cardinal|Bishop|Archbishop|Imam|Ayatollah|Rabbi|Reverend|Professor|Prof|Speaker|
    State|Chairman|Chairwoman|Director|Commissioner|Spokesman|Spokeswoman|High|Special|Leader|
    Representative|Permanent|Supreme|Grand|Mufti|Crown|Opposition|Finance|Justice|Health|Trade|
    Staff|PM|MP|Cllr|Councillor|Congressman|Congresswoman|Gen|Adm|Lt|Maj|Capt|Sgt|Cpl|Cmdr|Cdr|
    Brig|Gov|Rep"""
)
REGNAL_TITLES = _set("King|Queen|Pope|Emperor|Empress|Tsar|Czar|Kaiser|Shah|Sultan")
"""Titles of those numbered in their line: "King George V" ends on a numeral, not on an
initial that lost its family name."""
TITLE_TAILS = _set("Staff")
"""Title words that only close a title ("Chief of Staff"): a name run that opens on one after
"of" ("the Joint Chiefs of Staff Army Gen. Martin Dempsey") holds the end of the phrase
before it, which is no part of the person's role."""
TITLE_ABBREVIATIONS = {
    "Gen": "General", "Adm": "Admiral", "Lt": "Lieutenant", "Maj": "Major", "Col": "Colonel",
    "Capt": "Captain", "Sgt": "Sergeant", "Cpl": "Corporal", "Cmdr": "Commander",
    "Cdr": "Commander", "Brig": "Brigadier", "Gov": "Governor", "Rep": "Representative",
    "Prof": "Professor",
}  # fmt: skip
"""Ranks and offices as a text abbreviates them before a name ("Navy Adm. James A.
Winnefeld", "Army Maj. Gen. Gary S. Patton"): a role is shown in full ("Navy Admiral")."""
ROLE_NOUNS = _set(
    """president|minister|secretary|spokesman|spokeswoman|spokesperson|envoy|chief|head|leader|
    journalist|photographer|reporter|correspondent|editor|writer|columnist|activist|campaigner|
    ambassador|diplomat|official|officer|commander|general|soldier|priest|cleric|imam|analyst|
    expert|lawyer|counsel|judge|doctor|surgeon|nurse|researcher|professor|student|teacher|resident|
    witness|mayor|governor|senator|lawmaker|mp|chairman|director|founder|owner|manager|
    representative|commissioner|monitor|observer|negotiator|mediator|king|queen|prince|emir|
    sheikh|coordinator|co-ordinator|worker|volunteer|dissident|defector|rebel|filmmaker|blogger|
    vice-president|premier|chancellor|foreign|defence|defense|deputy|former|special|permanent|
    local|senior|top|veteran|prominent|opposition|military|army|police|security|human|rights|
    high|state|news|bbc|un|us|uk|eu|peace|prime|general|of|the|for|and|in|to|its|his|her|a|an"""
)
_HEADS_ANYWHERE = _set(
    """Council|League|Army|Committee|Committees|Subcommittee|Subcommittees|Office|Police|Government|Ministry|Agency|Party|
    Force|Forces|Front|Brigade|Brigades|Battalion|Union|Nations|Organisation|Organization|Observatory|
    Court|Commission|Crescent|Cross|Yard|Bank|Fund|Institute|University|Association|Movement|
    Network|Alliance|Assembly|Parliament|Congress|Senate|Commons|Brotherhood|Kremlin|Pentagon|
    Department|Service|Services|Corps|Guard|Guards|Coalition|Authority|Foundation|Federation|Academy|
    Board|Group|Company|Corporation|Watch|International|Amnesty|Hezbollah|Hamas|Taliban|Cabinet|
    Tribunal|Conference|Secretariat|Directorate|Regime|Administration|Monitors|Mission|Forum|
    College|School|Polytechnic|Tech|Trust|Inc|Corp|Co|Ltd|PLC|Plc|LLC|AG|SA|GmbH|NV|Bhd"""
)
ORG_HEADS = _HEADS_ANYWHERE | COMPANY_WORDS
LAST_ONLY_HEADS = COMPANY_WORDS - _HEADS_ANYWHERE
"""Words that end a firm's name ("Balfour Beatty Construction"), which are common nouns
when they open "X of Y" ("Construction of Hinkley Point approved")."""
ORG_NAMES = (
    _set(
        """UN|EU|Nato|NATO|ICRC|LCC|FSA|SNC|FCO|IAEA|WHO|Unicef|UNICEF|UNHCR|OPEC|IMF|ASEAN|OSCE|ICC|
    Hezbollah|Hamas|Taliban|Kremlin|Pentagon|White House|Amnesty International|Red Cross|
    Red Crescent|Human Rights Watch|al-Qaeda|Al-Qaeda|Isis|ISIS|Islamic State|Muslim Brotherhood|
    Arab League|Security Council|United Nations|European Union|Scotland Yard|Downing Street"""
    )
    | KNOWN_ORGS
    | KNOWN_ORG_PHRASES
)
LEGISLATURES = _set(
    """Congress|Senate|Parliament|Assembly|Commons|Lords|Cabinet|Senedd|Legislature|Bundestag|
    Knesset|Duma|Majlis|Dáil|Seanad|Storting|Riksdag|Politburo"""
)
"""Legislatures, chambers and cabinets a text names in one word: institutions, so groups, even
after a place cue ("a vote in Congress", "passed in the Senate")."""
CHAMBERS = _set("House")
"""Chambers named in one word only after "the" ("the House passed the bill"): alone, the word
opens other names ("House prices"). "the Chamber" is the room a parliament sits in."""
CHAMBER_NAMES = {"Commons": "House of Commons", "Lords": "House of Lords"}
"""A chamber named short is shown by its full name."""
MEDIA = _set(
    """BBC|BBC News|BBC Monitoring|Reuters|AFP|AP|Associated Press|CNN|Al Jazeera|Al-Jazeera|
    Sky News|New York Times|Washington Post|Guardian|Times|Sunday Times|Daily Mail|Telegraph|
    Independent|Financial Times|Economist|Le Monde|China Daily|Kommersant|Twitter|Facebook|
    YouTube|Air France|Sportsmail|MailOnline|Femail|Press Association|Agence France-Presse"""
)
FACILITIES = (
    _set(
        """Library|Museum|Hospital|School|College|Center|Centre|Airport|Stadium|Hotel|
    Mosque|Cathedral|Synagogue|Palace|Prison|Embassy|Consulate|Mall|Bridge|Station|Building|
    Clinic|Harbour|Harbor|Dam|Plaza|Island|Islands|Mountains|Sea|Ocean|Strait|River|Lake|
    Desert|Peninsula|Coast|Valley|Base|Barracks|Airfield"""
    )
    | STREET_HEADS
)
"""Last words of the names of buildings and sites: "the Truman Presidential Library", "the
Comoro Islands". Words
that are also family names (Hall, Church, Tower, Temple, Park) are left out, and an academy,
like a university, is an institution that acts ("the Naval Academy is reviewing its rules"),
so a group."""
PLACE_HEADS = _set(
    "Qalaat|Qalat|Tell|Jabal|Jebel|Jisr|Wadi|Deir|Kafr|Kfar|Ain|Bab|Khan|Beit|Maarat|Marj|Qasr|"
    "Fort|Port|Mount|Cape|San|Santa|Los|Las"
)
"""First words of Arabic place names ("castle of", "hill of", "bridge of", "village of"):
"Qalaat al-Madiq", "Jisr al-Shughour", "Kafr Nabl" are places, though they read like a
given name and a family name. "Tal", also a Hebrew given name, is left out. "Fort Wayne",
"Port Talbot", "San Diego" open with a place word too."""
SITE_HEADS = _set("Base|Barracks|Airfield|Airport|Station")
"""Last words of sites a body runs: "Lackland Air Force Base", "the Police Station" are places,
though a body's word comes before. A centre or a hospital is often the body itself ("Aleppo
Media Centre"), so it is left to the body's word."""
AREA_HEADS = _set("County|Province|District|Governorate|Prefecture|Oblast|Borough|Parish")
"""Last words of the names of counties, provinces and districts: "Arlington County" is a
place, though it reads like a given name and a family name. "City" is left out, as clubs are
named with it ("Hull City")."""
GROUP_NOUNS = _set(
    """government|regime|army|military|opposition|authorities|forces|rebels|court|police|
    parliament|leadership|administration|junta|militia|militias|troops"""
)
PLACE_NOUNS = _set(
    """city|cities|town|towns|village|villages|province|provinces|district|districts|region|
    neighbourhood|neighborhood|neighbourhoods|neighborhoods|area|suburb|suburbs|capital|port|
    governorate|county|state|valley|square|camp|quarter"""
)
