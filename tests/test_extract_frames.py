"""Relation frames beyond a bare cue verb, on sentences written for these tests (a county of
Sichuan, 2023): speaking at another body's meeting, meetings used as platforms, bodies guided into
a campaign, bodies acting together, partners that co-organize, being taken into a programme."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Document

OPENING = "工作报告\n我代表政协宜宾市翠屏区第九届委员会常务委员会，向大会报告工作。\n2023年工作回顾\n"
R = "宜宾市翠屏区政协"


def rels(body: str) -> set[tuple[str, str, str]]:
    text = OPENING + body
    ex = extract(Document(name="t.txt", path="t.txt", text=text, title=text.splitlines()[0]))
    return {(r.head[1], r.type, r.tail[1]) for r in ex.relations}


def test_speaking_at_another_body_s_meeting_is_taking_part_in_it():
    r = rels("组织委员在市政协五届二次会议上作大会发言，提出意见建议12条。")
    assert (R, "participatesIn", "宜宾市政协五届二次会议") in r
    assert (R, "organizes", "宜宾市政协五届二次会议") not in r


def test_speaking_at_its_own_meeting_is_not_joining_it():
    r = rels("在区政协九届三次会议上提出提案86件。")
    assert (R, "participatesIn", "宜宾市翠屏区政协九届三次会议") not in r


def test_a_speech_studied_is_no_participation():
    r = rels("认真学习在市政协五届二次会议上的讲话精神。")
    assert not any(t == "participatesIn" for _, t, _ in r)


def test_meetings_used_as_platforms_are_joined():
    r = rels("借助区委常委会议、区政府常务会议等平台，及时向区委汇报政协工作。")
    joined = {t for h, rt, t in r if h == R and rt == "participatesIn"}
    assert "中共宜宾市翠屏区委常委会议" in joined
    assert any("常务会议" in t for t in joined)


def test_bodies_guided_into_a_campaign_are_its_participants():
    r = rels("动员区工商联和各界人士投身“万企兴万村”行动。")
    assert ("宜宾市翠屏区工商联", "participatesIn", "万企兴万村行动") in r
    assert (R, "participatesIn", "万企兴万村行动") not in r


def test_bodies_acting_together_collaborate_pairwise():
    r = rels("区委办、区政府办、区政协办联合印发《协商工作规程》。")
    pairs = {frozenset((h, t)) for h, rt, t in r if rt == "collaboratesWith"}
    assert len(pairs) == 3


def test_a_partner_named_after_lianhe_co_organizes():
    r = rels("联合区妇联举办“巾帼建言”论坛。")
    run_by = {h for h, rt, t in r if rt == "organizes" and "巾帼建言论坛" in t}
    assert run_by == {R, "宜宾市翠屏区妇女联合会"}


def test_being_taken_into_a_programme_is_joining_it():
    r = rels("区政协“民生议事堂”被纳入省政协“协商在基层”试点。")
    assert any(h == R and t == "participatesIn" and "协商在基层" in tail for h, t, tail in r)


def test_holding_what_another_body_planned_is_running_it():
    r = rels("根据区委统一安排，深入开展“清廉翠屏”专项行动。")
    assert (R, "organizes", "清廉翠屏专项行动") in r
    assert ("中共宜宾市翠屏区委员会", "organizes", "清廉翠屏专项行动") not in r
    r = rels("根据区委统一安排，认真落实“清廉翠屏”专项行动。")
    assert (R, "participatesIn", "清廉翠屏专项行动") in r


def test_asking_a_body_for_instructions_is_being_led_by_it():
    r = rels("重大事项主动向市政协请示汇报。")
    assert (R, "ledBy", "宜宾市政协") in r
    r = rels("始终坚持中共翠屏区委的集中统一领导。")
    assert (R, "ledBy", "中共宜宾市翠屏区委员会") in r


def test_a_report_to_the_public_is_no_leadership():
    r = rels("向社会各界通报协商成果，向区政府提交建议，向市政协领导汇报工作。")
    assert not any(t == "ledBy" for _, t, _ in r)


def test_a_led_standing_committee_is_no_led_body_unless_joined_by_jiqi():
    r = rels("在中共翠屏区委的坚强领导和市政协的有力指导下，区政协常委会团结奋进。")
    assert (R + "常务委员会", "ledBy", "宜宾市政协") in r
    assert (R + "常务委员会", "ledBy", "中共宜宾市翠屏区委员会") in r
    assert (R, "ledBy", "宜宾市政协") not in r


def test_other_bodies_standing_meetings_are_theirs_and_attended():
    r = rels("区政协主席列席区委常委会会议、区人大常委会会议和区政府常务会议。")
    joined = {t for h, rt, t in r if h == R and rt == "participatesIn"}
    assert joined == {"中共宜宾市翠屏区委常委会会议", "宜宾市翠屏区人大常委会会议", "宜宾市翠屏区人民政府常务会议"}
    assert ("宜宾市翠屏区人民政府", "organizes", "宜宾市翠屏区人民政府常务会议") in r
    assert ("宜宾市翠屏区人大常委会", "organizes", "宜宾市翠屏区人大常委会会议") in r
    assert not any(rt == "organizes" and h == R for h, rt, _ in r)


def test_a_meeting_held_by_the_body_of_a_relative_clause_is_that_body_s():
    r = rels("积极参加省政协举办的专题协商会。")
    assert ("四川省政协", "organizes", "四川省政协专题协商会") in r
    assert (R, "participatesIn", "四川省政协专题协商会") in r
    assert not any(h == R and rt == "organizes" for h, rt, _ in r)


def test_attending_without_an_object_is_attending_the_gathering_named_before():
    r = rels("召开“数字翠屏”专题协商会，区委、区政府主要领导到会听取意见。")
    meeting = "宜宾市翠屏区政协数字翠屏专题协商会"
    assert (R, "organizes", meeting) in r
    assert ("中共宜宾市翠屏区委员会", "participatesIn", meeting) in r
    assert ("宜宾市翠屏区人民政府", "participatesIn", meeting) in r
    r = rels("区委书记到会讲话。")
    assert not any(rt == "participatesIn" for _, rt, _ in r)
