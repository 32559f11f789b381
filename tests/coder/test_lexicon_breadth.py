"""Breadth of the verb lexicon on wire phrasings of material cooperation, yielding and coercion (issue #10).

Each case is a sentence written for the project in wire style and events, as (source, target, CAMEO code),
that the coder must produce among others; the negative cases are everyday senses of the same verbs, which
must not become political events. Codes follow the CAMEO 1.1b3 codebook (0813 ease curfew, 0814 ease state
of emergency, 0831 accede to demands for change in leadership, 0842 return property, 1723 impose curfew).
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.coder import Coder

DAY = dt.date(2025, 8, 16)

Triple = tuple[str, str | None, str]

CASES: list[tuple[str, set[Triple]]] = [
    # 0842 return property, 0841 return persons
    ("France returned 26 royal treasures to Benin on Wednesday.", {("FRA", "BEN", "0842")}),
    ("A looted bronze head was returned to Nigeria by a British museum.", {("GBR", "NGA", "0842")}),
    ("Peru returned the ancient textiles to Bolivia.", {("PER", "BOL", "0842")}),
    ("Ukraine returned the bodies of 50 soldiers to Russia.", {("UKR", "RUS", "0841")}),
    # 064 share intelligence, information, evidence
    ("Canada shared evidence with India about the killing.", {("CAN", "IND", "064")}),
    ("Turkey handed over the intelligence files to Saudi prosecutors.", {("TUR", "SAUJUD", "064")}),
    # 070 / 071 / 073 aid: equipment, money, humanitarian
    ("Italy handed over 12 patrol boats to the Libyan coast guard.", {("ITA", "LBYMIL", "070")}),
    ("Japan gave 30 ambulances to the Ukrainian government.", {("JPN", "UKRGOV", "070")}),
    (
        "Saudi Arabia contributed 100 million dollars to the World Food Programme.",
        {("SAU", "IGOUNOWFP", "071")},
    ),
    ("Germany paid reparations to Namibia.", {("DEU", "NAM", "071")}),
    ("The Red Cross evacuated wounded civilians from Mariupol.", {("NGOHLHIRC", "---CVL", "073")}),
    # 075 grant asylum: accepting refugees; the ones granted asylum are the target (codebook 075)
    ("Uganda accepted 5,000 Congolese refugees.", {("UGA", "CODREF", "075")}),
    ("The United States accepted 1,141 Iraqi refugees in May.", {("USA", "IRQREF", "075")}),
    ("Germany accepted refugees from Syria.", {("DEU", "SYRREF", "075")}),
    # 0863 allow humanitarian access: letting agencies deliver aid or have access; the agency is the target
    ("Syria allowed UN agencies access to Aleppo.", {("SYR", "IGOUNO", "0863")}),
    ("Ethiopia allowed the World Food Programme to deliver food.", {("ETH", "IGOUNOWFP", "0863")}),
    ("Sudan allowed the Red Cross to distribute medicine in Darfur.", {("SDN", "NGOHLHIRC", "0863")}),
    # 162 reduce or stop material aid: an announced suspension, freeze or cut of aid is that act
    ("The Dutch government announced a freeze of development aid to Burundi.", {("NLDGOV", "BDI", "162")}),
    ("Sweden announced a suspension of aid to Zambia.", {("SWE", "ZMB", "162")}),
    ("The Canadian government ordered a suspension of aid to Haiti.", {("CANGOV", "HTI", "162")}),
    # 171 seize property / 192 occupy territory: whom it was taken from is the target
    (
        "The Iraqi army seized oil fields near Kirkuk from Islamic State fighters.",
        {("IRQMIL", "IMGMOSISI", "171")},
    ),
    ("Rebels captured the airport from the army.", {("---REB", "---MIL", "192")}),
    ("Malian troops recaptured the town of Kidal from Tuareg rebels.", {("MLIMIL", "MLIREB", "192")}),
    # 154 mobilise or increase armed forces: strengthening one's forces somewhere
    ("Russia has strengthened its forces in Crimea.", {("RUS", "UKR", "154")}),
    ("Turkey bolstered its troops along the Syrian border.", {("TUR", None, "154")}),
    ("The Pentagon increased its military presence in the Gulf.", {("USAMIL", None, "154")}),
    # 154 mobilise armed forces: against whom
    ("Armenia mobilised its reservists against Azerbaijan.", {("ARM", "AZE", "154")}),
    ("Ecuador mobilized troops for a war against Peru.", {("ECU", "PER", "154")}),
    ("Chile took in refugees from Venezuela.", {("CHL", "VEN", "075")}),
    # 081x ease administrative sanctions
    ("Ethiopia lifted the state of emergency on Tuesday.", {("ETH", None, "0814")}),
    ("Kazakhstan ended the curfew in Almaty.", {("KAZ", None, "0813")}),
    ("Thai authorities lifted the curfew in Bangkok.", {("THAGOV", None, "0813")}),
    # 085 ease economic sanctions, including tariff cuts
    ("The European Union eased sanctions on Venezuela.", {("IGOEUREEC", "VEN", "085")}),
    ("India cut tariffs on American motorcycles.", {("IND", "USA", "085")}),
    ("Washington lowered duties on Mexican steel.", {("USAGOV", "MEX", "085")}),
    # 0831 a leader resigning
    ("Pakistani Prime Minister Imran Khan resigned.", {("PAKGOV", None, "0831")}),
    ("The Sri Lankan president stepped down after mass protests.", {("LKAGOV", None, "0831")}),
    # 086x allow international involvement
    ("Sudan allowed UN inspectors into Darfur.", {("SDN", None, "0862")}),
    ("Myanmar allowed aid convoys into Rakhine.", {("MMR", "---", "0863")}),
    # 17x administrative sanctions, 14x strikes, 15x posture, 18x/19x force
    ("Israel imposed a curfew on Hebron.", {("ISR", "PSE", "1723")}),
    ("Egypt declared a curfew in Cairo.", {("EGY", "EGYGOV", "1723")}),
    ("Turkish authorities suspended the newspaper Zaman.", {("TURGOV", "TURMED", "1721")}),
    ("Kenyan doctors staged a hunger strike in Nairobi.", {("KENHLH", None, "142")}),
    ("Nigerian workers launched a general strike against the government.", {("NGALAB", "NGAGOV", "143")}),
    ("Pakistani police remained on alert in Karachi.", {("PAKCOP", None, "150")}),
    ("Hamas used civilians as human shields against Israel.", {("PSEREB", "PSECVL", "184")}),
    ("The Israeli army returned fire at Hezbollah.", {("ISRMIL", "LBNREB", "190")}),
    # 01 / 02: reports issued, symbolic attendance, appeals launched
    ("Human Rights Watch issued a report on Saudi prisons.", {("NGOHRIHRW", None, "010")}),
    ("The Polish president attended the funeral of the Pope in Rome.", {("POLGOV", None, "017")}),
    ("The UN launched an appeal to donor countries.", {("IGOUNO", "---GOV", "020")}),
    # 04 / 05: talks joined, delegations led, agreements reached and accepted, verbal defence
    ("Britain and Japan agreed a new trade deal on Friday.", {("GBR", "JPN", "057"), ("JPN", "GBR", "057")}),
    ("Tehran accepted the Qatari proposal for a prisoner exchange.", {("IRNGOV", "QAT", "057")}),
    ("Hamas accepted the ceasefire with Israel.", {("PSEREB", "ISR", "087")}),
    ("Prime Minister Orban defended Hungary over accusations of corruption.", {("HUNGOV", "HUN", "052")}),
    ("Macron joined Merz for talks in Berlin.", {("FRAGOV", "DEUGOV", "040")}),
    ("The Saudi foreign minister led a delegation to Tehran.", {("SAUGOV", "IRNGOV", "042")}),
    ("Thousands of Rohingya sought refuge in Bangladesh.", {("BGDCVL", "BGD", "020")}),
    # 11x-16x: legal action, deadlines, violations, reduced aid, ended mediation
    ("Greece brought a lawsuit against Germany over war reparations.", {("GRC", "DEU", "115")}),
    ("Brazilian prosecutors brought charges against the former president.", {("BRAJUD", "BRAELI", "173")}),
    ("The Turkish president gave the Kurdish militia a deadline to withdraw.", {("TURGOV", "TURREB", "139")}),
    ("Pakistani forces violated the border agreement with Afghanistan.", {("PAKMIL", None, "128")}),
    ("The United States reduced aid to Egypt by 300 million dollars.", {("USA", "EGY", "162")}),
    ("Russia suspended gas supplies to Ukraine.", {("RUS", "UKR", "162")}),
    ("Norway ended its mediation efforts in Sri Lanka.", {("NOR", "LKA", "164")}),
    # 074 peacekeeping deployments, 070/071 equipment and funds, 084/087 announced releases and ceasefires
    ("Nepal is deploying 800 troops to the UN peacekeeping mission in Lebanon.", {("NPL", "LBNIGO", "074")}),
    ("Chinese peacekeepers arrived in Mali on Thursday.", {("CHNIGO", "MLI", "074")}),
    ("Britain sent 50 armoured vehicles to the Lebanese army.", {("GBR", "LBNMIL", "070")}),
    ("The European Union is mobilising funds for Colombia.", {("IGOEUREEC", "COL", "071")}),
    ("Egypt let free 20 jailed journalists on Sunday.", {("EGY", "EGYMED", "084")}),
    ("The Colombian government announced a ceasefire with the ELN.", {("COLGOV", "COLREB", "087")}),
    ("The European Union lifted sanctions against Belarus.", {("IGOEUREEC", "BLR", "085")}),
    ("Italy returned two stolen Roman portraits to Greece.", {("ITA", "GRC", "0842")}),
    ("Australia returned 14 seized tortoises to Madagascar.", {("AUS", "MDG", "0842")}),
    ("Germany paid 1.1 billion euros as compensation to Namibia.", {("DEU", "NAM", "071")}),
    ("The Indian army assisted the Nepalese government after the earthquake.", {("INDMIL", "NPLGOV", "070")}),
    # 17x-19x: ordered arrests and closures, states of siege, military operations, cyber warfare
    (
        "The Venezuelan supreme court ordered the arrest of the opposition leader.",
        {("VENJUD", "VENOPP", "173")},
    ),
    ("A Zimbabwean court ordered the closure of the newspaper.", {("ZWEJUD", "ZWEMED", "172")}),
    (
        "Guatemalan President Otto Perez declared a state of siege in Huehuetenango.",
        {("GTMGOV", None, "1724")},
    ),
    ("Russia launched cyber warfare against Estonia.", {("RUS", "EST", "190")}),
    ("Israel launched air and artillery strikes on Hamas positions.", {("ISR", "PSEREB", "195")}),
    ("Hamas launched rockets at Israel.", {("PSEREB", "ISR", "195")}),
]

# unseen phrasings read as lexicon phrasings (backoff_synonyms.tsv) and event nouns (nouns.tsv)
BACKOFF_AND_NOUN_CASES: list[tuple[str, set[Triple]]] = [
    ("The Dutch government gave back the stolen statues to Sri Lanka.", {("NLDGOV", "LKA", "0842")}),
    ("Washington waived tariffs on Canadian lumber.", {("USAGOV", "CAN", "085")}),
    ("The Malian prime minister tendered his resignation on Friday.", {("MLIGOV", None, "0831")}),
    ("Canada resettled 25,000 Syrian refugees.", {("CAN", "SYRREF", "075")}),
    ("Indian police reimposed a curfew on Srinagar.", {("INDCOP", "IND", "1723")}),
    ("Nigeria repatriated 120 Ghanaian migrants to Ghana.", {("NGA", "GHA", "0841")}),
    (
        "The repatriation of Afghan refugees from Pakistan by the Pakistani government began.",
        {("PAKGOV", "AFGREF", "0841")},
    ),
    (
        "The town was hit by a gunfight between Mexican police and cartel gunmen.",
        {("MEXCOP", "MEXCRM", "190"), ("MEXCRM", "MEXCOP", "190")},
    ),
]

# agent nouns (knowledge/data/sectors.json): investigators are police, settlers civilians, captors UAF
AGENT_CASES: list[tuple[str, set[Triple]]] = [
    ("Federal investigators arrested two Chinese nationals in Boston.", {("USACOP", "CHNCVL", "173")}),
    ("Israeli settlers attacked Palestinian villagers in the West Bank.", {("ISRCVL", "PSECVL", "190")}),
    ("The captors freed the Italian aid worker in Somalia.", {("SOMUAF", "ITANGO", "084")}),
    ("Tribal elders in Helmand met Afghan officials.", {("AFGCVL", "AFGGOV", "040")}),
]
ALL_CASES = CASES + BACKOFF_AND_NOUN_CASES + AGENT_CASES

# everyday senses of the same verbs: no event with the code their political sense carries
NEGATIVE: list[tuple[str, str]] = [
    ("The Spanish captain lifted the trophy in Madrid.", "08"),
    ("The regime allowed the protesters to enter the square.", "086"),
    ("The minister announced a suspension of the talks.", "162"),
    ("The company increased its sales force.", "15"),
    ("The French minister returned the call on Monday.", "08"),
    ("The Chelsea manager resigned after a run of defeats.", "08"),
    ("The chief executive of Unilever stepped down on Friday.", "08"),
    ("The Kenyan runner donated blood in Nairobi.", "07"),
    ("The German government reinforced its commitment to the climate goals.", "15"),
    ("The company called off the meeting with investors.", "12"),
    ("The singer ended the concert early.", "08"),
    ("British Airways launched a new air service to India.", "19"),
    ("Nokia launched a new phone in Finland.", "19"),
    ("The coach let the players go home early.", "08"),
    ("The striker attended the awards ceremony in Zurich.", "01"),
]


@pytest.mark.parametrize(("sentence", "expected"), ALL_CASES, ids=[c[0][:48] for c in ALL_CASES])
def test_wire_phrasing_is_coded(coder: Coder, sentence: str, expected: set[Triple]) -> None:
    got = {
        (e.source.code, e.target.code if e.target else None, e.cameo)
        for e in coder.code(sentence, date=DAY).events
    }
    assert expected <= got, got


@pytest.mark.parametrize(("sentence", "root"), NEGATIVE, ids=[c[0][:48] for c in NEGATIVE])
def test_everyday_sense_is_not_coded(coder: Coder, sentence: str, root: str) -> None:
    codes = [e.cameo for e in coder.code(sentence, date=DAY).events]
    assert not [c for c in codes if c.startswith(root)], codes
