#!/usr/bin/env python3
"""Write N synthetic CPPCC work reports, for testing the build at the scale of hundreds or thousands.

usage: make_corpus.py OUT_DIR [-n N] [--seed S] [--short] [--mixed]

Each report is put together from sentence templates written for this script (not taken from any
real report), filled with a reporting body at district, county, city or province level somewhere in
China, its party committee and government, meetings, initiatives, topics and partner committees.
The output is deterministic: the same --seed gives byte-identical files, and report i is the same
whatever N is, so a corpus of 100 is the start of the corpus of 1000.

With --mixed, reports come as they are found on the web: some with page chrome around them (a
breadcrumb, a source line, 【打印本页】), some with CRLF line ends, a byte-order mark, in GB18030, or in
traditional characters. The texts are meant to load the pipeline, not to score it: there is no gold.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["PLACES", "Reporter", "make_report", "as_found", "write_corpus", "main"]

# province → city → districts and counties (real names, so place patterns meet what they will meet)
PLACES: dict[str, dict[str, tuple[str, ...]]] = {
    "河北省": {"石家庄市": ("长安区", "桥西区", "正定县"), "保定市": ("竞秀区", "莲池区", "涿州市")},
    "山西省": {"太原市": ("小店区", "迎泽区", "清徐县"), "大同市": ("平城区", "云冈区", "阳高县")},
    "辽宁省": {"沈阳市": ("和平区", "沈河区", "浑南区"), "大连市": ("中山区", "甘井子区", "庄河市")},
    "江苏省": {"南京市": ("玄武区", "秦淮区", "江宁区"), "苏州市": ("姑苏区", "吴中区", "昆山市")},
    "浙江省": {"杭州市": ("上城区", "西湖区", "桐庐县"), "宁波市": ("海曙区", "鄞州区", "象山县")},
    "安徽省": {"合肥市": ("蜀山区", "包河区", "肥西县"), "芜湖市": ("镜湖区", "弋江区", "南陵县")},
    "福建省": {"福州市": ("鼓楼区", "台江区", "闽侯县"), "泉州市": ("鲤城区", "丰泽区", "安溪县")},
    "江西省": {"南昌市": ("东湖区", "西湖区", "进贤县"), "赣州市": ("章贡区", "南康区", "瑞金市")},
    "山东省": {"济南市": ("历下区", "市中区", "平阴县"), "青岛市": ("市南区", "崂山区", "胶州市")},
    "河南省": {"郑州市": ("中原区", "金水区", "中牟县"), "洛阳市": ("老城区", "涧西区", "栾川县")},
    "湖北省": {"武汉市": ("江岸区", "武昌区", "洪山区"), "宜昌市": ("西陵区", "夷陵区", "秭归县")},
    "湖南省": {"长沙市": ("芙蓉区", "岳麓区", "浏阳市"), "株洲市": ("荷塘区", "芦淞区", "攸县")},
    "广东省": {"广州市": ("越秀区", "海珠区", "番禺区"), "佛山市": ("禅城区", "南海区", "顺德区")},
    "四川省": {"成都市": ("锦江区", "武侯区", "郫都区"), "绵阳市": ("涪城区", "游仙区", "三台县")},
    "贵州省": {"贵阳市": ("南明区", "云岩区", "修文县"), "遵义市": ("红花岗区", "汇川区", "湄潭县")},
    "云南省": {"昆明市": ("五华区", "盘龙区", "宜良县"), "曲靖市": ("麒麟区", "沾益区", "陆良县")},
    "陕西省": {"西安市": ("新城区", "碑林区", "蓝田县"), "宝鸡市": ("渭滨区", "金台区", "凤翔区")},
    "甘肃省": {"兰州市": ("七里河区", "安宁区", "榆中县"), "天水市": ("秦州区", "麦积区", "甘谷县")},
}

NUMERALS = "一二三四五六七八九十"
TOPICS = ("老旧小区改造", "基层医疗服务", "学前教育资源配置", "河道综合治理", "农村人居环境整治",
          "文旅融合发展", "居家养老服务", "营商环境优化", "垃圾分类", "中小企业融资", "职业教育发展",
          "农产品品牌建设", "历史文化街区保护", "公共停车设施建设", "社区矫正")
INITIATIVES = ("书香政协", "委员进社区", "乡村振兴助力行", "民生议事堂", "营商环境提升年", "清风政协",
               "百名委员进千企", "协商在基层", "委员服务站", "码上协商", "一委员一实事", "同心助学")
BRANDS = ("有事好商量", "委员面对面", "协商议事厅", "政协云课堂", "履职微平台")
UNIVERSITIES = ("师范大学", "理工大学", "医科大学", "农业大学", "行政学院")
HEADINGS = ("坚持党的领导，把牢正确政治方向", "聚焦中心大局，深化协商议政", "加强民主监督，助推决策落实",
            "坚持为民履职，用心用情办实事", "广泛凝聚共识，巩固团结奋斗基础", "加强自身建设，提升履职能力")


@dataclass(frozen=True)
class Reporter:
    """The reporting body and the places around it, as the templates need them."""

    province: str
    city: str
    district: str  # "" for a city or province committee
    level: str  # district | city | province

    @property
    def place(self) -> str:
        return {"province": self.province, "city": self.city, "district": self.city + self.district}[self.level]

    @property
    def local(self) -> str:
        """The place as a report names itself: 宝安区, 深圳市, 广东省."""
        return {"province": self.province, "city": self.city, "district": self.district}[self.level]

    @property
    def suffix(self) -> str:
        """区, 县, 市 or 省: what the short forms 区政协, 县委, 市政府 start with."""
        return self.local[-1]

    @property
    def upper(self) -> str:
        """The committee one level up: 深圳市政协 for a district, 广东省政协 for a city."""
        return {"district": self.city, "city": self.province, "province": "全国"}[self.level] + "政协"


def pick_reporter(rng: random.Random) -> Reporter:
    province = rng.choice(sorted(PLACES))
    city = rng.choice(sorted(PLACES[province]))
    roll = rng.random()
    if roll < 0.7:
        return Reporter(province, city, rng.choice(PLACES[province][city]), "district")
    return Reporter(province, city, "", "city" if roll < 0.95 else "province")


def numeral(n: int) -> str:
    """1..99 in Chinese numerals, as sessions and meetings are counted."""
    if n <= 10:
        return NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else NUMERALS[tens - 1]) + "十" + (NUMERALS[ones - 1] if ones else "")


def sentence_templates() -> tuple[str, ...]:
    return (
        "一年来，{s}政协在{s}委的坚强领导下，坚持团结和民主两大主题，认真履行政治协商、民主监督、参政议政职能。",
        "{s}政协召开主席会议{n}次，研究{topic}等重要事项。",
        "围绕“{topic}”召开双月协商座谈会，提出意见建议{m}条，{s}委、{s}政府主要领导作出批示。",
        "组织委员参加{upper}举办的“{initiative}”活动，{m}名委员积极参与。",
        "与{partner}政协联合开展“{topic}”专题调研，共同推动两地协作。",
        "{s}政协党组认真落实“第一议题”制度，召开党组理论学习中心组学习会{n}次。",
        "深入开展“{initiative}”行动，打造“{brand}”协商品牌。",
        "协助{s}政府做好{topic}工作，组织委员视察{n}次、专题协商{n}次。",
        "全年共收到提案{m}件，经审查立案{k}件，已全部办复。",
        "{s}政协常委会召开专题议政性常委会会议，就{topic}建言献策。",
        "举办委员履职能力提升培训班{n}期，邀请{university}专家授课。",
        "在{s}委统战部指导下，各民主党派、工商联和无党派人士积极参与“{initiative}”。",
        "建成“委员之家”{n}个、“委员工作站”{m}个，推动协商向基层延伸。",
        "{s}政协主席带队赴{partner}考察学习，就{topic}开展对口交流。",
    )


def make_report(index: int, seed: int, short: bool = False) -> tuple[str, str]:
    """Report number ``index`` of the corpus of ``seed``: (file name, text); ``short``: one paragraph."""
    rng = random.Random(seed * 1_000_003 + index)
    r = pick_reporter(rng)
    session = rng.randint(8, 14)
    meeting = rng.randint(1, 5)
    year = rng.randint(2018, 2024)
    partners = [c for cities in PLACES.values() for c in cities if c != r.city]
    title = f"政协{r.place}第{numeral(session)}届委员会常务委员会工作报告"
    lines = [title,
             f"——{year}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日在政协{r.place}第{numeral(session)}届"
             f"委员会第{numeral(meeting)}次会议上",
             "",
             f"各位委员：现在，我代表政协{r.place}第{numeral(session)}届委员会常务委员会，向大会报告工作，请予审议。",
             ""]
    templates = sentence_templates()
    sections = rng.sample(HEADINGS, rng.randint(4, 6))
    for h, heading in enumerate(sections[:1] if short else sections):
        lines.append(f"{NUMERALS[h]}、{heading}")
        for _ in range(1 if short else rng.randint(2, 3)):
            sentences = []
            for template in rng.sample(templates, rng.randint(4, 8)):
                n = rng.randint(2, 12)
                sentences.append(template.format(
                    s=r.suffix, upper=r.upper, partner=rng.choice(partners), topic=rng.choice(TOPICS),
                    initiative=rng.choice(INITIATIVES), brand=rng.choice(BRANDS),
                    university=rng.choice(sorted(PLACES[r.province])).removesuffix("市") + rng.choice(UNIVERSITIES),
                    n=numeral(n), m=n * rng.randint(3, 9), k=n * 2))
            lines.append("".join(sentences))
        lines.append("")
    lines.append(f"各位委员，让我们在{r.suffix}委的领导下，团结奋进，为{r.local}高质量发展作出新的更大贡献！")
    return f"gen_{index:05d}.txt", "\n".join(lines) + "\n"


def as_found(text: str, index: int, seed: int) -> tuple[bytes, list[str]]:
    """The report's bytes as a web page copied to a file might give them, and what was done to it."""
    rng = random.Random(f"{seed}/{index}/as-found")
    done = []
    if rng.random() < 0.3:
        site = rng.choice(sorted(PLACES))
        text = (f"首页 > 新闻中心 > 政协要闻\n来源：{site}政协网　　发布时间：{rng.randint(2018, 2024)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}\n"
                f"{text}\n【打印本页】【关闭窗口】\n转载请注明出处\n")
        done.append("chrome")
    if rng.random() < 0.1:
        import opencc

        text = opencc.OpenCC("s2t").convert(text)
        done.append("traditional")
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
        done.append("crlf")
    roll = rng.random()
    if roll < 0.15:
        return text.encode("gb18030"), done + ["gb18030"]
    if roll < 0.2:
        return text.encode("utf-8-sig"), done + ["bom"]
    return text.encode("utf-8"), done


def write_corpus(out_dir: Path, count: int, seed: int = 0, short: bool = False, mixed: bool = False) -> list[Path]:
    """Write reports 0 … count-1 into ``out_dir``; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        name, text = make_report(i, seed, short)
        path = out_dir / name
        path.write_bytes(as_found(text, i, seed)[0] if mixed else text.encode("utf-8"))
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("-n", "--count", type=int, default=100, help="how many reports (default 100)")
    ap.add_argument("--seed", type=int, default=0, help="the same seed gives the same corpus (default 0)")
    ap.add_argument("--short", action="store_true",
                    help="one paragraph a report (a few hundred characters), for quick tests")
    ap.add_argument("--mixed", action="store_true",
                    help="vary the files as found on the web: page chrome, CRLF, BOM, GB18030, traditional")
    a = ap.parse_args(argv)
    if a.count < 0:
        ap.error("--count must be 0 or more")
    if a.out_dir.exists() and not a.out_dir.is_dir():
        print(f"Error: {a.out_dir} exists and is not a folder", file=sys.stderr)
        return 1
    paths = write_corpus(a.out_dir, a.count, a.seed, a.short, a.mixed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} reports ({size} bytes) to {a.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
