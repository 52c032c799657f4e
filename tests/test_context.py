"""Document context: the reporting body, its level and place, session and year, from the report's
own words (sentences written for these tests)."""

from __future__ import annotations

from kg.extract import infer_context
from kg.model import Document, Span


def doc(text: str, title: str = "", ignored: tuple[Span, ...] = ()) -> Document:
    return Document(name="t.txt", path="t.txt", text=text, title=title or text.splitlines()[0],
                    ignored=ignored)


def test_opening_names_a_district_committee_its_city_province_session_and_year():
    ctx = infer_context(doc("工作报告\n各位委员：\n我代表政协南京市江宁区第九届委员会常务委员会，向大会报告工作。\n"
                            "一、2021年工作回顾\n"))
    assert (ctx.reporter, ctx.level) == ("南京市江宁区政协", "district")
    assert (ctx.province, ctx.city, ctx.district) == ("江苏省", "南京市", "江宁区")
    assert ctx.session == "九" and ctx.year == 2021
    assert ctx.jurisdiction == "南京市江宁区"


def test_full_formal_name_of_a_city_committee():
    ctx = infer_context(doc("中国人民政治协商会议第十届绵阳市委员会常务委员会工作报告\n2020年，市政协……"))
    assert (ctx.reporter, ctx.level, ctx.city, ctx.province) == ("绵阳市政协", "city", "绵阳市", "四川省")
    assert ctx.session == "十" and ctx.district == ""


def test_province_committee():
    ctx = infer_context(doc("政协陕西省第十二届委员会常务委员会工作报告\n2019年，省政协……"))
    assert (ctx.reporter, ctx.level, ctx.province, ctx.city) == ("陕西省政协", "province", "陕西省", "")
    assert ctx.jurisdiction == "陕西省"


def test_a_headline_naming_the_committee_is_enough():
    ctx = infer_context(doc("芜湖市镜湖区政协扎实做好2024年各项工作\n新的一年，区政协……"))
    assert ctx.reporter == "芜湖市镜湖区政协" and ctx.year == 2024


def test_a_place_name_shared_by_two_districts_goes_to_the_one_whose_city_the_report_mentions():
    text = "政协城关区第九届委员会常务委员会工作报告\n城关区地处拉萨市中心，区政协围绕拉萨发展大局……"
    ctx = infer_context(doc(text))
    assert ctx.reporter == "拉萨市城关区政协" and ctx.province == "西藏自治区"


def test_without_self_naming_level_comes_from_short_forms_and_place_from_mentions():
    text = ("工作总结\n今年，区政协在区委领导下，围绕江宁发展大局履职。区政协组织委员视察南京江宁开发区，"
            "区政协委员积极建言。")
    ctx = infer_context(doc(text, title="工作总结"))
    assert ctx.level == "district" and ctx.reporter == "南京市江宁区政协"


def test_page_chrome_is_not_read_for_context():
    chrome = "友情链接：政协杭州市西湖区委员会\n"
    text = chrome + "我代表政协宁波市鄞州区第八届委员会常务委员会报告工作。"
    ctx = infer_context(doc(text, title="报告", ignored=(Span(0, len(chrome)),)))
    assert ctx.reporter == "宁波市鄞州区政协"


def test_nothing_to_go_on_gives_an_empty_context_not_an_error():
    ctx = infer_context(doc("今天天气很好。"))
    assert ctx.reporter == "" and ctx.level == ""


def test_session_comes_from_the_committee_not_from_the_party_committee():
    ctx = infer_context(doc("芜湖市镜湖区政协工作要点\n围绕区委三届二次会议部署，区政协五届一次会议以来……"))
    assert ctx.session == "五"
