"""The extractor on sentences written for these tests: each pattern, each short form, each relation
cue, report voice, traditional script through match_text, ignored spans and exact offsets."""

from __future__ import annotations

import pytest

from kg.extract import extract, split_sentences
from kg.model import Document, Span

OPENING = "工作报告\n我代表政协苏州市吴中区第八届委员会常务委员会，向大会报告工作。\n2021年工作回顾\n"
R = "苏州市吴中区政协"


def run(body: str, opening: str = OPENING, **kw):
    text = opening + body
    return extract(Document(name="t.txt", path="t.txt", text=text, title=text.splitlines()[0], **kw))


def labels(ex, type_=None) -> set[str]:
    return {e.label for e in ex.entities if type_ in (None, e.type)}


def rels(ex) -> set[tuple[str, str, str]]:
    return {(r.head[1], r.type, r.tail[1]) for r in ex.relations}


def entity(ex, label):
    return next(e for e in ex.entities if e.label == label)


# ---------------------------------------------------------------- short forms and coordination
def test_short_forms_resolve_against_the_report_context():
    ex = run("区政协主动向区委汇报，配合区政府、市政协和省政协工作，区委统战部给予支持。")
    orgs = labels(ex, "organization")
    assert {R, "中共苏州市吴中区委员会", "苏州市吴中区人民政府", "苏州市政协", "江苏省政协",
            "中共苏州市吴中区委统战部"} <= orgs
    assert ("中共苏州市吴中区委统战部", "subOrganizationOf", "中共苏州市吴中区委员会") in rels(ex)


def test_bare_names_of_the_committee_s_own_parts():
    ex = run("常委会认真履职，政协党组发挥领导作用，专委会积极开展调研。")
    assert {R + "常务委员会", R + "党组"} <= labels(ex, "organization")
    assert (R + "党组", "subOrganizationOf", R) in rels(ex)
    # 专委会 names the special committees together: no one body
    assert R + "专门委员会" not in labels(ex)


def test_special_committees_are_named_from_their_fields():
    ex = run("学习文史委、社会法制和民族宗教委员会联合调研，城乡建设和人口资源环境委员会参加。"
             "县人大常委会教育科学文化卫生工作委员会派员参加。区委农村工作委员会指导。")
    orgs = labels(ex, "organization")
    assert {R + "学习文史委员会", R + "社会法制和民族宗教委员会", R + "城乡建设和人口资源环境委员会"} <= orgs
    # after another body, a working committee is that body's, not the committee's special one
    assert not any("区委员会农村" in o or o == R + "农村工作委员会" for o in orgs)
    assert (R + "学习文史委员会", "subOrganizationOf", R) in rels(ex)
    # a committee member (委员) is no committee
    assert not any(o.endswith("经济委员会") for o in labels(run("经济委员积极建言。")))


def test_parts_of_a_named_committee_belong_to_it():
    ex = run("市政协党组中心组开展集体学习，市政协提案委赴我区调研，区政协提案委、区政协机关党支部参加。")
    orgs = labels(ex, "organization")
    assert {"苏州市政协党组理论学习中心组", "苏州市政协提案委员会", R + "提案委员会", R + "机关党支部"} <= orgs
    assert (R + "提案委员会", "subOrganizationOf", R) in rels(ex)
    assert entity(ex, "苏州市政协提案委员会").surfaces == ["市政协提案委"]


def test_government_departments_with_short_and_unlisted_names():
    ex = run("区发改局、区市场监管局、区卫健委和区住建交通局参加座谈，区政府督查室跟踪督办，区政府高度重视。")
    orgs = labels(ex, "organization")
    assert {"苏州市吴中区发展和改革局", "苏州市吴中区市场监督管理局", "苏州市吴中区卫生健康委员会",
            "苏州市吴中区住建交通局", "苏州市吴中区人民政府督查室"} <= orgs
    assert ("苏州市吴中区人民政府督查室", "subOrganizationOf", "苏州市吴中区人民政府") in rels(ex)
    # a bureau's name does not say whose it is (区委统战部 names 区委; 区发改局 names no government)
    assert ("苏州市吴中区发展和改革局", "subOrganizationOf", "苏州市吴中区人民政府") not in rels(ex)
    # words that end in 局 or 厅 are no bureau: 区域发展格局, 工作大局
    assert not any(o.endswith("局") for o in labels(run("融入区域发展格局，服务全区工作大局。")))


def test_party_working_bodies_after_weiyuanhui_or_dangwei():
    ex = run("区委督查室、区委编办和区委统战部参加。", opening=OPENING)
    assert {"中共苏州市吴中区委督查室", "中共苏州市吴中区委机构编制委员会办公室",
            "中共苏州市吴中区委统战部"} <= labels(ex, "organization")
    region = run("自治区党委统战部指导，自治区党委、政府高度重视。",
                 opening="我代表政协宁夏回族自治区第十二届委员会常务委员会报告工作。\n")
    orgs = labels(region, "organization")
    assert {"中共宁夏回族自治区委统战部", "中共宁夏回族自治区委员会", "宁夏回族自治区人民政府"} <= orgs


def test_democratic_parties_bare_coordinated_and_with_places():
    ex = run("民革、民盟、民建区委联合调研，九三学社吴中区基层委员会参与，民进积极建言，民建会员踊跃参加，反对民进党当局。")
    orgs = labels(ex, "organization")
    assert {"民革苏州市吴中区委员会", "民盟苏州市吴中区委员会", "民建苏州市吴中区委员会",
            "九三学社苏州市吴中区基层委员会", "民进苏州市吴中区委员会"} <= orgs
    assert entity(ex, "民盟苏州市吴中区委员会").surfaces == ["民革、民盟、民建区委"]
    # 民建会员 are members, 民进党 another party: neither is a mention of a committee
    assert entity(ex, "民建苏州市吴中区委员会").surfaces == ["民革、民盟、民建区委"]
    assert len(entity(ex, "民进苏州市吴中区委员会").mentions) == 1


def test_youth_league_and_courts_after_a_level_character():
    ex = run("团区委、区法院、区检察院和区纪委监委参加。")
    assert {"共青团苏州市吴中区委员会", "苏州市吴中区人民法院", "苏州市吴中区人民检察院",
            "中共苏州市吴中区纪委监委"} <= labels(ex, "organization")


def test_a_short_place_name_that_is_a_word_of_the_sentence_is_no_place():
    county = "我代表政协桐庐县第十一届委员会常务委员会报告工作。\n"
    ex = run("他担任县纪委委员。县政府和县法院会同县政府办公室调研。", opening=county)
    orgs = labels(ex, "organization")
    assert {"杭州市桐庐县人民法院", "杭州市桐庐县人民政府", "中共杭州市桐庐县纪委"} <= orgs
    assert not any(o.startswith(("邢台市任县", "马鞍山市和县", "怀化市会同县")) for o in orgs)


def test_a_body_named_inside_a_title_or_an_anniversary_is_no_mention():
    ex = run("学习《中国共产党纪律处分条例》。2021年是中国共产党成立100周年。落实《中共中央关于加强人民政协工作的意见》。")
    orgs = labels(ex, "organization")
    assert "中国共产党" not in orgs
    assert "中国共产党中央委员会" in orgs  # the body that issued the document opens its title


def test_coordinated_level_characters_name_several_bodies():
    ex = run("认真落实省、市、区委部署，接受省、市政协指导。")
    e = entity(ex, "中共江苏省委员会")
    assert e.surfaces == ["省、市、区委"]
    assert {"中共江苏省委员会", "中共苏州市委员会", "中共苏州市吴中区委员会", "江苏省政协", "苏州市政协"} \
        <= labels(ex, "organization")


def test_a_word_ending_in_a_level_character_is_no_short_form():
    ex = run("深入社区委员工作站，服务城市政协委员。")
    assert "中共苏州市吴中区委员会" not in labels(ex) and "苏州市政协" not in labels(ex)


def test_explicit_place_names_are_qualified_from_the_place_table():
    ex = run("中共吴中区委高度重视，民盟苏州市委积极参与，江苏省政协给予指导。")
    assert {"中共苏州市吴中区委员会", "民盟苏州市委员会", "江苏省政协"} <= labels(ex, "organization")


def test_national_bodies_get_their_full_names():
    ex = run("贯彻中共中央、国务院决策部署，落实全国政协要求。")
    assert {"中国共产党中央委员会", "中华人民共和国国务院", "中国人民政治协商会议全国委员会"} <= labels(ex)


# ---------------------------------------------------------------- meetings
def test_a_meeting_held_by_a_verb_is_named_from_the_verb_to_its_head():
    ex = run("举办全区党外代表人士学习贯彻党的二十大精神专题培训班。组织委员参加市政协举办的委员履职能力提升培训班。"
             "组织委员集中收看庆祝中国共产党成立100周年大会。参加第二届长三角青年创新创业论坛。")
    meetings = labels(ex, "meeting")
    assert "苏州市吴中区党外代表人士学习贯彻党的二十大精神专题培训班" in meetings
    assert "苏州市政协委员履职能力提升培训班" in meetings  # the relative clause's body holds it
    assert ("苏州市政协", "organizes", "苏州市政协委员履职能力提升培训班") in rels(ex)
    assert "庆祝中国共产党成立100周年大会" in meetings  # watched, not held: the name starts after 收看
    assert "第二届长三角青年创新创业论坛" in meetings  # an edition of an event: nobody's by default


def test_a_head_of_government_meeting_members_is_the_committee_s_format():
    ex = run("召开“区长与委员面对面”协商会，区政府负责同志到会。举办副区长与政协委员专题协商3次。")
    label = "苏州市吴中区区长与委员面对面协商会"
    assert entity(ex, label).series
    assert {(R, "organizes", label), ("苏州市吴中区人民政府", "participatesIn", label)} <= rels(ex)
    assert "苏州市吴中区副区长与政协委员专题协商" in labels(ex, "meeting")


def test_the_party_centre_opens_a_list_of_conferences():
    ex = run("认真学习中央、省委、市委政协工作会议精神。政协党组理论中心组学习会每月召开。")
    assert {"中央政协工作会议", "中共江苏省委员会政协工作会议", "中共苏州市委员会政协工作会议"} <= labels(ex, "meeting")
    assert "中国共产党中央委员会" in labels(ex, "organization")
    e = entity(ex, R + "党组理论学习中心组学习会")
    assert e.surfaces == ["政协党组理论中心组学习会"]


def test_programmes_held_by_a_verb_and_named_inquiries():
    ex = run("开展民族团结进步创建活动。围绕“优化营商环境”开展专题调研，组织“乡村人才振兴”专题视察。"
             "扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育。")
    inits = labels(ex, "initiative")
    assert "民族团结进步创建活动" in inits  # 创建 inside a name held by 开展
    assert "学习贯彻习近平新时代中国特色社会主义思想主题教育" in inits
    assert "乡村人才振兴专题视察" in inits
    assert (R, "organizes", "民族团结进步创建活动") in rels(ex)


def test_frames_of_leadership_in_a_row_share_their_subject():
    ex = run("一年来，在区委坚强领导下，在市政协有力指导下，区政协及其常委会认真履职。"
             "区政协常委会在中共吴中区委的领导和省政协的指导帮助下开展工作。")
    r = rels(ex)
    for subject in (R, R + "常务委员会"):
        assert {(subject, "ledBy", "中共苏州市吴中区委员会"), (subject, "ledBy", "苏州市政协")} <= r
    assert ("苏州市政协", "ledBy", "中共苏州市吴中区委员会") not in r  # the second frame is no subject
    assert (R + "常务委员会", "ledBy", "江苏省政协") in r  # the subject before the frame


def test_support_is_no_leadership_and_a_campaign_named_alone_is_a_topic():
    ex = run("在区人大、区政府的支持下，围绕乡村振兴开展协商。助力脱贫攻坚。")
    assert not any(t == "ledBy" for _, t, _ in rels(ex))
    assert not any(h == R and t == "乡村振兴" for h, _, t in rels(ex))
    assert (R, "participatesIn", "脱贫攻坚") in rels(ex)


def test_partners_and_helpers_of_what_a_verb_holds():
    ex = run("与区政府共同召开区长与委员座谈会2次。会同区委统战部、区民宗局举办宗教界人士培训班。"
             "配合区扶贫办开展“精准识别回头看”行动。")
    r = rels(ex)
    assert ("苏州市吴中区人民政府", "organizes", "苏州市吴中区区长与委员座谈会") in r
    assert {("中共苏州市吴中区委统战部", "organizes", "苏州市吴中区政协宗教界人士培训班"),
            ("苏州市吴中区民族宗教事务局", "organizes", "苏州市吴中区政协宗教界人士培训班")} <= r
    # the body helped runs the programme; the helper takes part
    assert ("苏州市吴中区扶贫开发工作办公室", "organizes", "精准识别回头看行动") in r
    assert (R, "participatesIn", "精准识别回头看行动") in r
    assert (R, "organizes", "精准识别回头看行动") not in r
    # who holds a meeting is not also said to take part in it
    assert ("苏州市吴中区人民政府", "participatesIn", "苏州市吴中区区长与委员座谈会") not in r


def test_speakers_named_after_the_meeting_take_part_in_it():
    ex = run("在区政协八届四次会议上，民盟、民建、九三学社分别以党派名义作大会发言。")
    meeting = R + "八届四次会议"
    assert {("民盟苏州市吴中区委员会", "participatesIn", meeting),
            ("九三学社苏州市吴中区委员会", "participatesIn", meeting)} <= rels(ex)
    assert (R, "participatesIn", meeting) not in rels(ex)  # its own session: it holds it


def test_a_campaign_with_a_head_of_inquiry_is_a_programme_of_its_own():
    ex = run("深入开展脱贫攻坚民主监督。")
    assert (R, "organizes", "脱贫攻坚民主监督") in rels(ex)


def test_bodies_of_towns_and_streets():
    ex = run("联合横泾街道办事处打造议事厅，临湖镇党委、越溪街道党工委参加，各乡镇党委积极配合。")
    orgs = labels(ex, "organization")
    assert {"苏州市吴中区横泾街道办事处", "中共苏州市吴中区临湖镇委员会",
            "中共苏州市吴中区越溪街道工作委员会"} <= orgs
    assert not any("乡镇" in o for o in orgs)  # 各乡镇党委: no one body


def test_institutions_named_after_a_verb_or_with_an_ordinal():
    ex = run("群众反映市供热集团服务问题。邀请北京大学第三医院、西南民族大学专家授课。")
    orgs = labels(ex, "organization")
    assert {"苏州市供热集团", "北京大学第三医院", "西南民族大学"} <= orgs
    assert not any(o.startswith("群众") for o in orgs)


def test_numbered_sessions_of_standing_committees_and_national_congresses():
    ex = run("召开十二届二十一次常委会议。参加十三届全国人大一次会议和全国政协十三届一次会议。"
             "学习区委十届六次全会暨经济工作会议精神。举办“琼港青年创新创业交流会”。")
    meetings = labels(ex, "meeting")
    assert {R + "十二届二十一次常务委员会会议", "第十三届全国人民代表大会第一次会议",
            "中国人民政治协商会议第十三届全国委员会第一次会议", "琼港青年创新创业交流会"} <= meetings
    assert "中共苏州市吴中区委员会十届六次全会暨经济工作会议" in meetings


def test_quoted_programmes_with_words_around_the_quote():
    ex = run("开展太湖流域生态保护“联动监督”活动。打造“吴中议事厅”协商平台建设。开展146期“书香政协我来讲”活动。"
             "完善协商成果转化机制。")
    inits = labels(ex, "initiative")
    assert "太湖流域生态保护联动监督活动" in inits
    assert "吴中议事厅协商平台" in inits  # building the platform is the platform
    assert "书香政协我来讲活动" in inits  # the count is no part of the name
    # a working mechanism named without quotes is a description, not a programme
    assert "协商成果转化机制" not in inits


def test_bodies_at_work_in_the_gathering_just_named_take_part_in_it():
    ex = run("召开双月协商座谈会，区商务局、区教育局负责同志现场回应委员关切。"
             "举办委员学习贯彻党的二十大精神专题培训班，邀请苏州大学专家授课。")
    r = rels(ex)
    assert {("苏州市吴中区商务局", "participatesIn", R + "双月协商座谈会"),
            ("苏州市吴中区教育局", "participatesIn", R + "双月协商座谈会")} <= r
    assert any(h == "苏州大学" and t == "participatesIn" and "培训班" in m for h, t, m in r)


def test_collaboration_of_the_sentence_s_subject_and_of_helpers():
    ex = run("农业和农村委员会围绕乡村振兴，与区农业农村局开展对口协商。协助区应急局开展防汛调研。"
             "与民革、民盟区委开展联合调研。")
    r = rels(ex)
    assert (R + "农业和农村委员会", "collaboratesWith", "苏州市吴中区农业农村局") in r
    assert (R, "collaboratesWith", "苏州市吴中区农业农村局") not in r
    assert (R, "collaboratesWith", "苏州市吴中区应急管理局") in r
    assert {(R, "collaboratesWith", "民革苏州市吴中区委员会"), (R, "collaboratesWith", "民盟苏州市吴中区委员会")} <= r


def test_attendance_in_the_next_sentence_and_relative_clauses_without_an_actor():
    ex = run("召开双月协商座谈会。区委、区政府主要领导到会听取意见。组织委员参加在苏州召开的长三角政协联席会议。")
    r = rels(ex)
    assert {("中共苏州市吴中区委员会", "participatesIn", R + "双月协商座谈会"),
            ("苏州市吴中区人民政府", "participatesIn", R + "双月协商座谈会")} <= r
    meeting = next(m for m in labels(ex, "meeting") if m.endswith("长三角政协联席会议"))
    assert (R, "participatesIn", meeting) in r
    assert (R, "organizes", meeting) not in r  # 在苏州召开的: someone else held it


def test_counterpart_consultation_and_joint_building_are_collaboration():
    ex = run("与区民政局开展对口协商。与临湖镇党委共建“委员之家”。")
    r = rels(ex)
    assert (R, "collaboratesWith", "苏州市吴中区民政局") in r
    assert (R, "collaboratesWith", "中共苏州市吴中区临湖镇委员会") in r


def test_a_body_named_right_before_a_quoted_programme_runs_it():
    ex = run("推广越溪街道“委员议事厅”和经济委员会“企业服务直通车”。")
    r = rels(ex)
    assert (R + "经济委员会", "organizes", "企业服务直通车") in r
    assert "委员议事厅" in labels(ex, "initiative")


def test_an_autonomous_prefecture_says_zhou_for_its_own_bodies():
    opening = "工作报告\n我代表中国人民政治协商会议第十四届海南藏族自治州委员会常务委员会报告工作。\n"
    ex = run("在州委的坚强领导下，州政协常委会联合州民宗委开展调研，市政协积极参与。"
             "出席中国人民政治协商会议第十四届海南藏族自治州委员会第六次会议。", opening=opening)
    orgs = labels(ex, "organization")
    assert {"中共海南藏族自治州委员会", "海南藏族自治州政协常务委员会", "海南藏族自治州民族宗教事务委员会"} <= orgs
    assert "海南藏族自治州政协十四届六次会议" in labels(ex, "meeting")
    # a prefecture has no 市 of its own level: 市政协 is not the prefecture's committee
    assert "市政协" not in entity(ex, "海南藏族自治州政协").surfaces
    # a head of the prefecture meets members: the prefecture's format; no 州 in a city's report
    assert "海南藏族自治州州长与委员座谈会" in labels(run("召开州长与委员座谈会。", opening=opening), "meeting")
    assert not any(m.startswith("苏州市州长") for m in labels(run("召开州长与委员座谈会。"), "meeting"))
    # 委托 after a level character is a verb: 区委托第三方 names no 区委
    assert "中共苏州市吴中区委员会" not in labels(run("区委托第三方开展评估。"), "organization")
    assert "中共苏州市吴中区委员会" in labels(run("列席区委中心组学习。"), "organization")


def test_one_meeting_of_a_format_on_a_quoted_topic_and_counted_plenaries():
    ex = run("召开“推动太湖生态保护”专题议政性常委会议。全年召开全体会议1次、常委会议5次。"
             "出席区政协八届五次会议、专题议政性常委会议和重点协商活动。组织委员参加2023中关村论坛。")
    meetings = labels(ex, "meeting")
    label = R + "推动太湖生态保护专题议政性常务委员会"
    assert label in meetings and not entity(ex, label).series
    assert (R, "organizes", label) in rels(ex)
    assert R + "全体会议" in meetings
    assert "2023中关村论坛" in meetings
    assert not any("和重点" in x for x in labels(ex))  # a listed name ends at the conjunction


def test_quoted_names_with_the_farthest_head_and_meetings_of_two_parties():
    ex = run("推广“有事好商量”协商议事活动，开通“吴中政协”微信公众号，打造“吴中有约”平台建设。"
             "举办青年委员与青年企业家座谈会。组织“我和我的祖国”书画展。")
    inits = labels(ex, "initiative")
    assert {"有事好商量协商议事活动", "吴中政协微信公众号", "吴中有约平台", "我和我的祖国书画展"} <= inits
    assert R + "青年委员与青年企业家座谈会" in labels(ex, "meeting")


def test_a_campaign_s_short_name_means_the_one_of_the_report_s_year():
    def label(year):
        ex = run("深入开展主题教育。", opening=OPENING.replace("2021", str(year)))
        return labels(ex, "initiative")
    assert label(2019) == {"不忘初心、牢记使命主题教育"}
    assert label(2023) == {"学习贯彻习近平新时代中国特色社会主义思想主题教育"}
    assert label(2021) == {"主题教育"}


def test_a_local_people_s_congress_in_session():
    ex = run("组织委员列席区第十七届人民代表大会第四次会议。")
    label = "苏州市吴中区第十七届人民代表大会第四次会议"
    assert label in labels(ex, "meeting")
    assert (R, "participatesIn", label) in rels(ex)


def test_places_listed_before_one_suffix_and_programmes_opening_with_a_quote():
    province = "工作报告\n我代表政协江苏省第十三届委员会常务委员会报告工作。\n2023年工作回顾\n"
    ex = run("与苏州、无锡、常州三市政协上下联动。联合省司法厅开展“八五”普法宣传进企业活动，"
             "推进“两学一做”学习教育常态化制度化。", opening=province)
    assert {"苏州市政协", "无锡市政协", "常州市政协"} <= labels(ex, "organization")
    inits = labels(ex, "initiative")
    assert "八五普法宣传进企业活动" in inits
    assert "两学一做学习教育" in inits and not any("常态化" in i for i in inits)
    region = "工作报告\n我代表政协广西壮族自治区第十三届委员会常务委员会报告工作。\n2022年工作回顾\n"
    assert "中共广西壮族自治区第十二次代表大会" in labels(run("学习自治区第十二次党代会精神。", opening=region), "meeting")


def test_what_the_reporter_never_holds_or_joins_as_a_partner():
    r = rels(run("召开党的二十大。学习市委十四届历次全会精神。配合区委开展调研。与政协机关联合开展读书活动。"))
    assert not any(t == "organizes" and m.startswith("中国共产党") for _, t, m in r)
    assert not any("中央委员会历次" in m for _, _, m in r)  # a local committee's plenums
    assert (R, "collaboratesWith", "中共苏州市吴中区委员会") not in r  # it follows its Party committee
    assert (R, "collaboratesWith", R + "机关") not in r  # its own office is no partner


def test_participating_units_and_nation_wide_campaigns():
    ex = run("引导各民主党派、工商联和无党派人士投身乡村振兴。全力推进创城工作，开展党史学习教育。")
    r = rels(ex)
    assert "苏州市吴中区工商联" in labels(ex, "organization")  # 工商联 bare is the place's own
    assert ("苏州市吴中区工商联", "participatesIn", "乡村振兴") in r
    # a local body joins a nation-wide campaign whatever the verb; a campaign of study it runs
    assert (R, "participatesIn", "创建全国文明城市") in r and (R, "organizes", "创建全国文明城市") not in r
    assert (R, "organizes", "党史学习教育") in r


def test_leadership_support_and_the_sentence_s_subject():
    ex = run("区政协及其常委会坚持围绕中心，在区委的正确领导和区政府的大力支持下，在省、市政协的有力指导下，履职尽责。")
    r = rels(ex)
    for subject in (R, R + "常务委员会"):
        assert {(subject, "ledBy", "中共苏州市吴中区委员会"), (subject, "ledBy", "江苏省政协"),
                (subject, "ledBy", "苏州市政协")} <= r
        assert (subject, "ledBy", "苏州市吴中区人民政府") not in r  # support is no leadership


def test_gatherings_held_studied_or_convened_and_words_that_go_on():
    ex = run("通过党组扩大会、习近平新时代中国特色社会主义思想学习座谈会加强学习。中共中央首次召开政协工作会议。"
             "落实中央和省、市委部署，把新要求作为行动指南，聚焦市委“二十年之问”。")
    meetings = labels(ex, "meeting")
    assert {R + "党组扩大会议", R + "习近平新时代中国特色社会主义思想学习座谈会"} <= meetings
    assert ("中国共产党中央委员会", "organizes", "中央政协工作会议") in rels(ex)  # the centre's: 中央X会议
    assert "中国共产党中央委员会" in labels(ex, "organization")
    assert not labels(ex, "initiative")  # 行动指南 goes on past the head; a Party committee's slogan
    assert not any(m.startswith("中国人民政治协商会") for m in labels(run("中国人民政治协商会议成立75周年。")))


def test_a_subject_after_a_time_phrase_and_the_committee_s_session_named_bare():
    ex = run("一年来，区政协及其常委会坚持以习近平新时代中国特色社会主义思想为指导，在区委的领导下，认真履职。"
             "召开政协八届四次会议和全体委员会议。")
    r = rels(ex)
    assert (R + "常务委员会", "ledBy", "中共苏州市吴中区委员会") in r
    assert entity(ex, R + "八届四次会议").surfaces == ["政协八届四次会议"]
    assert R + "全体会议" in labels(ex, "meeting")


def test_a_counted_programme_held_by_a_verb_is_no_slogan():
    ex = run("深入实施“三个工程”，增强“四个意识”。")
    assert labels(ex, "initiative") == {"三个工程"}


def test_bodies_through_their_people_and_a_programme_of_events():
    ex = run("召开双月协商座谈会，区政府分管领导和区教育局负责同志到会回应。举办“委员讲堂”6期，邀请苏州大学教授授课。")
    r = rels(ex)
    assert {("苏州市吴中区人民政府", "participatesIn", R + "双月协商座谈会"),
            ("苏州市吴中区教育局", "participatesIn", R + "双月协商座谈会")} <= r
    assert ("苏州大学", "participatesIn", "委员讲堂") in r


def test_a_party_s_committee_written_weihui():
    ex = run("致公党江苏省委会、省侨联联合开展“侨胞看吴中”推介活动。")
    assert "致公党江苏省委员会" in labels(ex, "organization")


def test_party_congress_aliases_are_one_meeting():
    ex = run("学习党的十九大精神。宣讲十九大报告。中共十九大以来成就巨大。")
    e = entity(ex, "中国共产党第十九次全国代表大会")
    assert set(e.surfaces) == {"中共十九大", "十九大", "党的十九大"}
    assert len(labels(ex, "meeting")) == 1


def test_coordinated_plenums_expand_and_a_plenum_without_term_takes_the_year_s_term():
    ex = run("贯彻十八届三中、四中全会精神，学习五中全会精神。", opening=OPENING.replace("2021", "2015"))
    assert {"中国共产党第十八届中央委员会第三次全体会议", "中国共产党第十八届中央委员会第四次全体会议",
            "中国共产党第十八届中央委员会第五次全体会议"} <= labels(ex, "meeting")


def test_sessions_belong_to_their_body_and_bare_sessions_to_the_reporter():
    ex = run("区政协八届一次会议以来，委员积极履职。八届二次会议期间共收到提案300件。区委五届三次全会召开。")
    assert {R + "八届一次会议", R + "八届二次会议", "中共苏州市吴中区委员会五届三次全会"} <= labels(ex, "meeting")
    assert (R, "organizes", R + "八届一次会议") in rels(ex)
    assert ("中共苏州市吴中区委员会", "organizes", "中共苏州市吴中区委员会五届三次全会") in rels(ex)


def test_local_party_congress():
    ex = run("围绕区第九次党代会部署，服务市第十三次党代会目标。")
    assert {"中共苏州市吴中区第九次代表大会", "中共苏州市第十三次代表大会"} <= labels(ex, "meeting")


def test_short_forms_are_spelled_out_in_canonical_names_one_way():
    """常委会 and 常务委员会, 理论中心组 and 理论学习中心组 name one thing, so they get one name."""
    ex = run("举办常委会专题讲座2次，召开常务委员会专题讲座1次。政协党组领导下，党组理论中心组开展学习，"
             "党组中心组学习12次，提案委跟踪督办。")
    assert {R + "常务委员会专题讲座", R + "党组理论学习中心组学习"} <= labels(ex, "meeting")
    assert {R + "党组理论学习中心组", R + "提案委员会"} <= labels(ex, "organization")
    assert (R + "党组理论学习中心组", "subOrganizationOf", R + "党组") in rels(ex)
    assert not any("理论中心组" in label or "常委会" in label for label in labels(ex))


def test_a_committee_written_short_is_the_full_committee_the_report_names():
    ex = run("政协文化文史和学习委员会编辑文史资料。文史委组织委员视察，提案委督办提案。")
    full = R + "文化文史和学习委员会"
    assert {full, R + "提案委员会"} <= labels(ex, "organization")
    assert R + "文史委员会" not in labels(ex)
    assert [m.surface for m in entity(ex, full).mentions] == ["文化文史和学习委员会", "文史委"]
    assert (full, "subOrganizationOf", R) in rels(ex)
    # with no full name in the report, the short form is spelled out on its own
    assert R + "文史委员会" in labels(run("文史委组织委员视察。"), "organization")


def test_a_format_convened_by_another_body_is_that_body_s():
    ex = run("针对委员提出的问题，区委专门召开常委会议研究部署。本会召开常委会议5次、专题议政性常委会会议1次。")
    party = "中共苏州市吴中区委员会"
    assert "中共苏州市吴中区委常委会议" in labels(ex, "meeting")
    assert (party, "organizes", "中共苏州市吴中区委常委会议") in rels(ex)
    assert {R + "常务委员会会议", R + "专题议政性常务委员会"} <= labels(ex, "meeting")


def test_recurring_formats_are_series_owned_by_their_body():
    ex = run("召开主席会议8次、常委会议4次。列席区委常委会议。")
    chair = entity(ex, R + "主席会议")
    assert chair.series
    assert entity(ex, R + "常务委员会会议").series
    assert "中共苏州市吴中区委常委会议" in labels(ex, "meeting")
    assert (R, "organizes", R + "主席会议") in rels(ex)


def test_named_gatherings_and_a_bare_gathering():
    ex = run("召开民营经济发展座谈会。举办庆祝人民政协成立70周年大会。召开座谈会3次。")
    meetings = labels(ex, "meeting")
    assert R + "民营经济发展座谈会" in meetings
    assert "庆祝人民政协成立70周年大会" in meetings
    assert R + "座谈会" not in meetings


# ---------------------------------------------------------------- initiatives
def test_quoted_programme_with_head_and_its_bare_form_are_one():
    ex = run("开展“委员进社区”活动12场。“委员进社区”受到群众欢迎。打造“同心港湾”品牌。")
    inits = labels(ex, "initiative")
    assert "委员进社区活动" in inits or "委员进社区" in inits
    assert len([x for x in inits if x.startswith("委员进社区")]) == 1
    assert "同心港湾" in inits


def test_slogans_and_doctrines_in_quotes_are_not_programmes():
    ex = run("增强“四个意识”、坚定“四个自信”，深刻领悟“两个确立”的决定性意义，践行“三新一高”要求。")
    assert labels(ex, "initiative") == set()


def test_unquoted_programmes_by_head_word_and_generic_ones_left_out():
    ex = run("深入开展党史学习教育，组织委员参加全区义务植树活动，加强政治建设，健全激励机制。")
    inits = labels(ex, "initiative")
    assert {"党史学习教育", "全区义务植树活动"} <= inits
    assert not {"政治建设", "激励机制"} & inits


def test_alias_of_a_national_campaign():
    ex = run("全力推进创城工作，助力创建全国文明城市。")
    assert labels(ex, "initiative") == {"创建全国文明城市"}


# ---------------------------------------------------------------- relations
def test_led_by_frame_shared_by_subjects_joined_by_jiqi():
    ex = run("在中共吴中区委的坚强领导下，区政协及其常委会团结奋进。")
    assert (R, "ledBy", "中共苏州市吴中区委员会") in rels(ex)
    assert (R + "常务委员会", "ledBy", "中共苏州市吴中区委员会") in rels(ex)


def test_subjectless_clause_has_the_reporter_as_subject():
    ex = run("组织开展“书香吴中”读书活动，参加市政协九届三次会议。")
    assert (R, "organizes", "书香吴中读书活动") in rels(ex)
    assert (R, "participatesIn", "苏州市政协九届三次会议") in rels(ex)
    assert ("苏州市政协", "organizes", "苏州市政协九届三次会议") in rels(ex)


def test_another_body_as_subject_and_collaboration():
    ex = run("区委统战部牵头举办“同心聚力”活动，区政协与区工商联联合开展民企走访。")
    r = rels(ex)
    assert ("中共苏州市吴中区委统战部", "organizes", "同心聚力活动") in r
    assert (R, "organizes", "同心聚力活动") not in r
    assert (R, "collaboratesWith", "苏州市吴中区工商联") in r


def test_studying_a_meeting_is_not_organizing_it():
    ex = run("组织委员学习党的二十大精神。")
    assert not any(t == "organizes" and "二十次" in tail for _, t, tail in rels(ex))


def test_evidence_is_the_sentence_that_states_the_relation():
    ex = run("第一句没有关系。在区委领导下，区政协积极履职。")
    r = next(r for r in ex.relations if r.type == "ledBy")
    assert ex.document.text[r.evidence.start:r.evidence.end] == "在区委领导下，区政协积极履职。"


# ---------------------------------------------------------------- text, offsets, determinism
def test_traditional_script_is_matched_on_match_text_and_cut_from_text():
    from opencc import OpenCC

    cc = OpenCC("t2s")
    text = ("工作報告\n我代表政協蘇州市吳中區第八屆委員會常務委員會報告工作。\n"
            "在區委的堅強領導下，區政協召開主席會議，開展“委員進社區”活動。")
    match = "".join(cc.convert(ch) for ch in text)
    ex = extract(Document(name="t.txt", path="t.txt", text=text, match_text=match, title="工作報告"))
    assert ex.context.reporter == R
    assert ("organization", R) in {e.key for e in ex.entities}
    surfaces = {s for e in ex.entities for s in e.surfaces}
    assert {"區政協", "區委", "主席會議", "“委員進社區”活動"} <= surfaces
    assert (R, "ledBy", "中共苏州市吴中区委员会") in rels(ex)


def test_ignored_spans_are_not_read():
    body = "相关链接：市政协召开党建工作会议\n区政协召开主席会议。"
    start = len(OPENING)
    ex = run(body, ignored=(Span(start, start + body.index("\n")),))
    assert "苏州市政协" not in labels(ex)
    assert R + "主席会议" in labels(ex)


def test_offsets_are_exact_and_output_is_deterministic():
    body = "在区委领导下，区政协及其常委会召开主席会议，开展“委员进社区”活动，学习党的二十大精神。"
    a, b = run(body), run(body)
    for e in a.entities:
        for m in e.mentions:
            assert a.document.text[m.start:m.end] == m.surface
        assert e.mentions == sorted(e.mentions)
    assert [(e.key, e.mentions) for e in a.entities] == [(e.key, e.mentions) for e in b.entities]
    assert a.relations == b.relations
    assert [e.key for e in a.entities] == sorted(e.key for e in a.entities)


@pytest.mark.parametrize("text,n", [("一句。两句！三句？", 3), ("没有结尾", 1), ("\n\n", 0)])
def test_split_sentences(text, n):
    assert len(split_sentences(text)) == n


@pytest.mark.parametrize("opening,body,expected", [
    ("北京市政协常委会工作报告\n我代表政协北京市第十三届委员会常务委员会报告工作。\n", "市政协召开主席会议。", "北京市政协"),
    ("报告\n我代表政协宁夏回族自治区第十二届委员会常务委员会报告工作。\n", "自治区政协召开主席会议。",
     "宁夏回族自治区政协"),
    ("报告\n我代表政协浏阳市第十二届委员会常务委员会报告工作。\n", "市政协召开主席会议。", "长沙市浏阳市政协"),
])
def test_municipality_autonomous_region_and_county_level_city(opening, body, expected):
    ex = run(body, opening=opening)
    assert ex.context.reporter == expected
    assert expected in labels(ex, "organization")
    assert expected + "主席会议" in labels(ex, "meeting")


def test_a_gathering_named_after_coordinated_bodies_is_one_per_body():
    ex = run("认真贯彻省委、市委、区委人才工作会议精神。")
    assert {"中共江苏省委员会人才工作会议", "中共苏州市委员会人才工作会议", "中共苏州市吴中区委员会人才工作会议"} \
        <= labels(ex, "meeting")
    assert ("中共苏州市委员会", "organizes", "中共苏州市委员会人才工作会议") in rels(ex)


def test_counts_before_a_name_are_not_part_of_it():
    ex = run("举办3期委员履职能力培训班，开展12项特色活动。")
    assert R + "委员履职能力培训班" in labels(ex, "meeting")
    assert not any(x.startswith(("3", "期", "12")) for x in labels(ex))


def test_a_plan_frame_makes_the_planner_organizer_and_the_reporter_a_participant():
    ex = run("根据区委统战部安排部署，认真落实“同心议事”工作机制。")
    r = rels(ex)
    assert ("中共苏州市吴中区委统战部", "organizes", "同心议事工作机制") in r
    assert (R, "participatesIn", "同心议事工作机制") in r
    assert (R, "organizes", "同心议事工作机制") not in r


def test_calling_another_body_s_named_meeting_is_not_organizing_it():
    ex = run("首次召开区委政协工作会议。")
    r = rels(ex)
    assert ("中共苏州市吴中区委员会", "organizes", "中共苏州市吴中区委员会政协工作会议") in r
    assert (R, "organizes", "中共苏州市吴中区委员会政协工作会议") not in r
