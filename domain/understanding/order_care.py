"""Categories the scores miss when care and its papers are named beside goods, and asks missed
outright. Wired in orders.py (care_category after errand_instead; missed_ask when no category).

- a doctor asked to come and see someone, a prescription beside (请社区医生上门看看 开点药, could
  the GP come and see her and prescribe something): the visit is asked, medical;
- papers fetched from a hospital or an office (病历和出院小结在医院 帮忙去拿, pick up my referral
  letter): an errand, though a treatment is named as why;
- a drug the hospital lets someone fetch for the patient (医院说可以代取, the ward said a
  volunteer may collect her injections): medicine;
- a drug named by its form or an emergency pen bought (帮买支烫伤膏, 买个肾上腺素笔, an EpiPen):
  medicine, whatever food is told as the cause;
- milk fetched from the milk station: an errand;
- a tradesperson asked (找个开锁师傅, send the plumber, get a locksmith): a repair, whatever the
  rubbish or water told beside;
- a treatment due and the hospital to be reached (化疗时间到了 周五必须去医院 + a flat): medical;
- someone asked to go down for a parcel waiting at the gate: an errand.
"""

from __future__ import annotations

from domain.understanding.model import Category
from domain.understanding.order_asks import NAMES_FLAT
from domain.understanding.prefilter import compile_prefiltered

# A doctor asked to come and look (请社区医生上门看看, 想让社区医生看看, can the GP come and
# see him): the visit is the ask, the drug prescribed at it is part of it.
_DOCTOR_TO_SEE = compile_prefiltered(
    r"(?:请|让|叫|找)(?:社区|家庭|小区)?(?:医生|大夫)(?:上门|来|过来|来家里?)?(?:给[^。!?\s]{1,3})?"
    r"(?:看看|看一下|看下|瞧瞧)(?![了过])|"
    # or come up to prescribe (能请医生上门开点药吗): the visit is still the ask
    r"(?:请|让|叫|找)(?:社区|家庭|小区)?(?:医生|大夫)(?:上门|来家里?|过来)(?=开(?:点|些|一些)?药)|"
    r"(?<![a-z])(?:the |a |our )?(?:community |family )?(?:doctor|gp|doc) (?:to )?(?:come|pop|drop)"
    r" (?:up |over |round |by )?(?:and |to )?(?:see|look at|check on|examine) "
    r"(?:me|him|her|them|us|my [a-z]+)(?![a-z])"
)
# A time booked with the doctor (麻烦医生约个时间, 约个医生): the visit is asked.
_DOCTOR_BOOKED = compile_prefiltered(
    r"(?:医生|大夫)[^。!?\s]{0,2}约(?:个|一下|下)?时间|约(?:个|一下|下)?(?:医生|大夫)(?!说)|"
    r"(?<![a-z])(?:doctor|gp|doc) (?:to )?book (?:a |us a |me a |him a |her a )?(?:time|slot|visit|"
    r"appointment)(?![a-z])"
)
# A drug got, not a visit (帮买, 配点药, 开药, pick up): the drug stays the ask.
_DRUG_GOT = compile_prefiltered(
    r"买|配|捎|开(?:点|些|一些)?药|拿药|取药|"
    r"(?<![a-z])(?:buy|bring|pick up|get me|get us|prescribe|prescription)(?![a-z])"
)
_PRESCRIBED = compile_prefiltered(
    r"开(?:点|些|一些)?药|要不要开药|(?<![a-z])(?:prescribe|prescription)"
)
# Papers kept at a hospital or an office and fetched (病历, 出院小结, referral letter).
_PAPERS = compile_prefiltered(
    r"病历|出院小结|出院记录|转诊单|转院单|诊断证明|化验单|检查报告|报告单|"
    r"(?<![a-z])(?:referral (?:letter|form|note)|medical records?|discharge "
    r"(?:summary|papers|letter|notes)|test reports?)(?![a-z])"
)
_FETCH = compile_prefiltered(
    r"拿|取|领|"
    r"(?<![a-z])(?:pick(?:ed)? (?:\w+ )?up|collect(?:ed)?|fetch(?:ed)?|grab(?:bed)?)(?![a-z])"
)
# The writer's own trip, the papers fetched on the way (要去医院拿报告 顺便复诊 能派个车吗).
_OWN_TRIP = compile_prefiltered(
    r"去\s*医院|复诊|看\s*医生|外出单|派个车|安排\s*(?:个|辆)?\s*车|"
    r"(?<![a-z])(?:i|we) (?:have to|need to|must|am going to|will) go to (?:the )?hospital(?![a-z])"
)
# A ride asked for the writer's own trip (能安排车接送吗, can you send a car?): papers fetched on
# that trip leave it a medical outing.
_RIDE_ASKED = compile_prefiltered(
    r"派(?:个|辆|一辆)?车|安排\s*(?:个|辆|部|一辆)?\s*车|车接送|"
    r"(?<![a-z])(?:a ride|a lift|transport|send a car|a car) (?:to|for|there)(?![a-z])"
)
# A drug fetched on the patient's behalf, the hospital allowing it (可以代取, may collect it for).
_ON_BEHALF = compile_prefiltered(
    r"代(?:取|领|拿|配)|"
    r"(?<![a-z])(?:collect|pick up|fetch)(?:ed)? (?:it |them )?on (?:my|our|his|her) "
    r"behalf(?![a-z])"
)
_DRUG = compile_prefiltered(
    r"药|针|素|(?<![a-z])(?:meds|medicine|medication|injections?|jabs?|shots?|pills)(?![a-z])"
)
# A drug named by its form, or a pen to inject or inhale from (烫伤膏, 肾上腺素笔, EpiPen).
_DRUG_BOUGHT = compile_prefiltered(
    r"(?:买|带|捎|配|补)(?:一|两|几|[\d])?(?:支|盒|瓶|管|个|点|些)?[\u4e00-\u9fff]{0,4}"
    r"(?<!牙)(?:膏|含片|胶囊|颗粒|喷雾|栓|肾上腺素笔|吸入器)(?![\u4e00-\u9fff])|"
    r"(?:买|带|捎|配|补)(?:一|两|[\d])?(?:支|个)?(?:肾上腺素笔|肾上腺素注射笔|哮喘吸入器)|"
    r"(?<![a-z])(?:buy|get|grab|bring|pick up)(?: me| us)?(?: some| a| an| another| a tube of)?"
    r"(?: (?!ice|hand|face|sour|shaving|sun|body|whipped)[a-z]+){0,2} "
    r"(?:burn cream|ointment|epipen|epi-pen|adrenaline pen|inhaler)(?![a-z])"
)
_MILK_STATION = compile_prefiltered(
    r"奶站|牛奶站|送奶站|(?<![a-z])milk (?:station|point|depot|hut)(?![a-z])"
)
# A tradesperson asked for by trade (找个开锁师傅, send the plumber, get a locksmith).
_TRADE_ASKED = compile_prefiltered(
    r"(?:找|叫|派|请|联系)(?:个|一个|一下|位)?(?:开锁|锁匠|水管工|管道工|电工|水电工|维修工|修理工|"
    r"(?:开锁|维修|修理|水电|水管)师傅)|"
    r"(?<![a-z])(?:get|send|call|find|need|ring)(?: me| us)? (?:a |the |an |someone from )?"
    r"(?:locksmith|plumber|electrician|handyman|repairman|maintenance guy)s?(?![a-z])"
)
# A treatment due and the hospital to be reached (化疗时间到了 周五必须去医院, dialysis is due,
# she has to get to the hospital on Friday).
_TREATMENT_DUE = compile_prefiltered(
    r"(?:化疗|透析|放疗|复查|产检)[^。!?\s]{0,3}(?:时间到了|到时间了|该做了|的日子到了)|"
    r"(?<![a-z])(?:chemo|dialysis|radiotherapy|check-?up)(?: session)? (?:is )?(?:due|tomorrow|on)"
    r"(?![a-z])"
)
_HOSPITAL_TO_REACH = compile_prefiltered(
    r"(?:必须|得|一定要|需要)(?:去|到)医院|"
    r"(?<![a-z])(?:has|have|needs?|must) (?:to )?(?:go|get) (?:to )?(?:the )?hospital(?![a-z])"
)
# Someone going down asked, a parcel at the gate (有人下楼吗 快递在门口, any volunteer going
# down? a box at the gate).
_GOING_DOWN = compile_prefiltered(
    r"(?:有没有|有)(?:志愿者|人|谁)(?:要)?下楼|谁(?:要)?下楼|"
    r"(?<![a-z])any(?:one|body| volunteers?) going down(?![a-z])"
)
_PARCEL_BELOW = compile_prefiltered(
    r"(?:快递|包裹|箱子)[^。!?\s]{0,4}(?:在|到)(?:了)?(?:大门|门口|门卫|楼下|大厅)|"
    r"(?<![a-z])(?:box|parcel|package|delivery)(?: [a-z]+){0,2} (?:at|in|by) the "
    r"(?:gate|lobby|door|entrance|front desk)(?![a-z])"
)


def care_category(text: str, category: Category) -> tuple[Category, str] | None:
    """A better category for an order's care, papers, drugs or trade, or None to keep it."""
    if category is Category.MEDICINE and _DOCTOR_TO_SEE.search(text) and _PRESCRIBED.search(text):
        return Category.MEDICAL, "doctor-to-see"
    if (
        category is Category.MEDICINE
        and (_DOCTOR_TO_SEE.search(text) or _DOCTOR_BOOKED.search(text))
        and not _DRUG_GOT.search(text)
    ):
        # 棉签捅得太深 喉咙疼 能找医生看一下吗, 导尿管该换了 麻烦医生约个时间: the swab or the
        # catheter is why, the doctor is asked
        return Category.MEDICAL, "doctor-asked"
    if category is Category.MEDICAL:
        if _PAPERS.search(text) and _FETCH.search(text) and not _OWN_TRIP.search(text):
            return Category.ERRAND, "papers-fetched"
        if _ON_BEHALF.search(text) and _DRUG.search(text):
            return Category.MEDICINE, "drug-on-behalf"
    if (
        category is Category.ERRAND
        and _PAPERS.search(text)
        and _OWN_TRIP.search(text)
        and _RIDE_ASKED.search(text)
    ):
        return Category.MEDICAL, "trip-for-papers"  # 去医院拿检查报告 能安排车接送吗
    if category is Category.GROCERIES:
        if _DRUG_BOUGHT.search(text):
            return Category.MEDICINE, "drug-bought"
        if _MILK_STATION.search(text) and _FETCH.search(text):
            return Category.ERRAND, "milk-station"
    if category in (Category.GARBAGE, Category.GROCERIES) and _TRADE_ASKED.search(text):
        return Category.REPAIR, "trade-asked"
    return None


def missed_ask(text: str) -> tuple[Category, str] | None:
    """An ask no rule reads: a treatment due at hospital, a parcel below to fetch."""
    if _TREATMENT_DUE.search(text) and _HOSPITAL_TO_REACH.search(text) and NAMES_FLAT.search(text):
        return Category.MEDICAL, "treatment-due"
    if _GOING_DOWN.search(text) and _PARCEL_BELOW.search(text):
        return Category.ERRAND, "parcel-below"
    return None
