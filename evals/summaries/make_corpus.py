"""Build the binary reports of the summary corpus (.docx and text-layer .pdf) from the text below.

    python evals/summaries/make_corpus.py        # rewrites corpus/*.docx and corpus/*.pdf

The generated files are committed; this script says how they were made. Needs the `test` extra
(python-docx, reportlab). Dates and ids are fixed so a rebuild changes nothing but what the text changes.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent / "corpus"

# --- 县人民医院: a narrative 自评报告 in Word, its figures in two embedded tables --------------------------

HOSPITAL_TITLE = "丰山县人民医院2023年度公立医院综合改革补助资金项目绩效自评报告"
HOSPITAL = [
    ("h", "一、基本情况"),
    ("p", "丰山县人民医院是一所二级甲等综合医院，编制床位520张，实际开放床位608张，在职职工812人。"
          "2023年省、县两级财政安排公立医院综合改革补助资金，用于弥补取消药品加成后的收入减少、"
          "学科建设和紧密型县域医共体建设。"),
    ("h", "二、项目资金情况"),
    ("table", [["资金来源", "全年预算数（万元）", "全年执行数（万元）", "执行率"],
               ["合计", "2460.00", "2373.90", "96.50%"],
               ["省级补助", "1600.00", "1600.00", "100.00%"],
               ["县级补助", "860.00", "773.90", "89.99%"]]),
    ("p", "项目全年预算数2460.00万元，全年执行数2373.90万元，执行率96.50%。资金用于补偿取消药品加成减少的收入1280.00万元，"
          "胸痛、卒中、创伤三大中心建设563.40万元，医共体信息平台建设342.50万元，人才培养188.00万元。"),
    ("h", "三、绩效目标完成情况"),
    ("table", [["一级指标", "三级指标", "年度指标值", "实际完成值"],
               ["产出指标", "门急诊人次", "≥50万人次", "56.8万人次"],
               ["产出指标", "出院患者手术占比", "≥30%", "33.6%"],
               ["产出指标", "三级、四级手术台数", "≥4000台", "4620台"],
               ["效益指标", "县域内就诊率", "≥90%", "88.2%"],
               ["效益指标", "平均住院日", "≤8天", "7.6天"],
               ["效益指标", "药占比", "≤30%", "27.4%"],
               ["满意度指标", "住院患者满意度", "≥90%", "95.1%"]]),
    ("p", "（一）医疗服务能力提升。全年门急诊56.8万人次，出院患者3.12万人次，完成三级、四级手术4620台，"
          "出院患者手术占比33.6%。胸痛中心、卒中中心通过国家认证，急性心肌梗死患者从进门到球囊扩张时间缩短至62分钟。"),
    ("p", "（二）医疗费用得到控制。药占比27.4%，较上年下降2.1个百分点；平均住院日7.6天，次均住院费用较上年下降4.3%，"
          "为群众减轻医疗费用负担约1860万元。"),
    ("p", "（三）医共体建设推进。牵头组建县域医共体，覆盖乡镇卫生院14家，建成远程影像、远程心电诊断中心，"
          "全年为基层提供远程诊断2.6万例，下转患者1230人次。"),
    ("p", "（四）患者满意度提高。第三方调查住院患者满意度95.1%，门诊患者满意度92.7%。"),
    ("h", "四、存在的问题"),
    ("p", "一是县域内就诊率88.2%，未达到90%的目标，肿瘤、儿科重症等患者外转较多。"
          "二是县级补助资金到位较晚，12月才拨付到位，县级补助执行率89.99%。"
          "三是高层次人才引进难，全院博士学历人员仅2人，学科带头人不足。"),
    ("h", "五、改进措施"),
    ("p", "一是加强肿瘤科、儿科建设，与省级医院建立专科联盟，力争2024年县域内就诊率达到90%。"
          "二是与县财政局沟通，按季度拨付县级补助资金。三是完善人才引进政策，设立学科带头人专项津贴。"),
    ("p", "丰山县人民医院"),
    ("p", "2024年3月20日"),
]

# --- 农村公路养护: the national 项目支出绩效自评表 filled in Word, nothing but tables --------------------

ROAD_ROWS = [
    ["项目名称", "2023年度农村公路养护工程"],
    ["主管部门", "白河县交通运输局", "实施单位", "白河县公路事业发展中心"],
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["年度资金总额", "2860.00", "2310.00", "2287.40", "99.02%"],
    ["其中：财政拨款", "2860.00", "2310.00", "2287.40", "99.02%"],
    ["年度总体目标", "完成农村公路日常养护1860公里，实施农村公路安全生命防护工程120公里，改造危桥8座，农村公路优良中等路率达到85%以上。"],
    ["实际完成情况", "完成农村公路日常养护1860公里，实施安全生命防护工程132公里，改造危桥6座（2座因调减预算推迟至2024年），"
                   "农村公路优良中等路率达到87.3%，全年未发生因路况导致的较大交通事故。"],
    ["一级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因"],
    ["产出指标", "日常养护里程", "1860公里", "1860公里", "无"],
    ["产出指标", "安全生命防护工程", "≥120公里", "132公里", "无"],
    ["产出指标", "危桥改造数量", "8座", "6座", "年中预算调减550万元，2座危桥改造推迟"],
    ["效益指标", "优良中等路率", "≥85%", "87.3%", "无"],
    ["效益指标", "养护工程群众满意度", "≥90%", "93.8%", "无"],
    ["存在问题", "一是年中县级财力紧张，项目预算由2860.00万元调减至2310.00万元，调减19.23%，2座危桥改造推迟实施，"
               "危桥改造数量未完成年度指标。二是乡村两级养护责任落实不到位，部分村道养护仅靠季节性突击，日常保洁不及时。"],
    ["改进措施", "一是将推迟的2座危桥改造列入2024年预算优先安排，汛期前完工。二是落实县道县管、乡道乡管、村道村管责任，"
               "按每公里每年1000元标准安排村道日常养护补助。"],
]

# --- 青石镇: a narrative report printed to PDF, with the office's running head and page numbers -------

TOWN_PAGES = [
    ["青石镇人民政府", "青石镇2023年度部门整体支出绩效自评报告",
     "一、部门基本情况",
     "青石镇位于县境北部，辖14个行政村、2个社区，户籍人口3.86万人。镇政府内设党政综合办公室、经济发展办公室、"
     "社会事务办公室等7个机构，下设农业综合服务中心、社会治安综合治理中心等5个事业单位，在编人员118人。",
     "二、部门资金情况",
     "2023年镇级年初预算4215.00万元，年中追加乡村振兴衔接资金和防汛救灾资金，调增预算620.00万元，"
     "调整预算4835.00万元，预算调整率14.71%。全年实际支出4220.90万元，预算完成率87.30%，未达到90%的序时要求。"
     "其中基本支出1986.40万元，项目支出2234.50万元。",
     "三、绩效目标完成情况",
     "（一）乡村振兴。实施乡村振兴衔接资金项目9个，新建蔬菜大棚120亩、冷链仓储中心1座，带动村集体经济增收186万元，"
     "14个行政村集体经济收入全部超过10万元。"],
    ["青石镇人民政府",
     "（二）人居环境整治。全年清理农村生活垃圾4860吨，改造农村户厕620户，新建污水处理设施5处，"
     "农村生活污水治理率由48%提高到63%。",
     "（三）防汛救灾。汛期组织转移群众1460人次，修复水毁道路8.6公里、水毁堤防2.3公里，全年未发生人员伤亡。",
     "（四）民生保障。发放城乡低保金、特困供养金等各类救助资金1268.50万元，惠及困难群众3120人；"
     "新建村级养老服务站4个，为80岁以上老人发放高龄津贴186.20万元。",
     "（五）基层治理。镇综治中心全年受理矛盾纠纷412件，调处成功398件，调处成功率96.6%；"
     "群众安全感满意度调查结果为97.2%。",
     "四、存在的问题",
     "（一）预算执行进度偏慢。防汛救灾追加资金下达较晚，3个水毁修复项目年底才完成招标，"
     "全年预算完成率87.30%，结转资金614.10万元。",
     "（二）部分项目绩效目标设置不够科学。个别项目绩效指标以工作量代替效果，难以反映资金使用效益。"],
    ["青石镇人民政府",
     "（三）农村生活污水治理设施运维资金不足，部分设施建成后运行不正常。",
     "五、下一步工作计划",
     "（一）加快预算执行，追加资金到位后一个月内完成项目招标，按月通报支出进度。",
     "（二）完善绩效目标设置，突出产出和效益指标，提高绩效目标的可衡量性。",
     "（三）建立农村污水处理设施第三方运维机制，将运维经费纳入镇级预算。",
     "青石镇人民政府", "2024年3月28日"],
]


def _fixed_dates(document) -> None:
    import datetime as dt

    when = dt.datetime(2024, 3, 20, 9, 0, 0)
    document.core_properties.created = when
    document.core_properties.modified = when


def make_hospital(path: Path) -> None:
    import docx

    document = docx.Document()
    _fixed_dates(document)
    document.add_heading(HOSPITAL_TITLE, level=0)
    for kind, content in HOSPITAL:
        if kind == "h":
            document.add_heading(content, level=1)
        elif kind == "p":
            document.add_paragraph(content)
        else:
            table = document.add_table(rows=len(content), cols=len(content[0]))
            for row, values in zip(table.rows, content):
                for cell, value in zip(row.cells, values):
                    cell.text = value
    document.save(str(path))


def make_road(path: Path) -> None:
    import docx

    document = docx.Document()
    _fixed_dates(document)
    document.add_paragraph("项目支出绩效自评表")
    document.add_paragraph("（2023年度）")
    width = max(len(r) for r in ROAD_ROWS)
    table = document.add_table(rows=len(ROAD_ROWS), cols=width)
    for row, values in zip(table.rows, ROAD_ROWS):
        cells = row.cells
        if len(values) == 2 and width > 2:  # label | one long cell spanning the rest, as the form merges it
            cells[1].merge(cells[width - 1])
        for cell, value in zip(cells, values):
            cell.text = value
    document.add_paragraph("填报单位（盖章）：白河县公路事业发展中心")
    document.save(str(path))


def wrap(line: str, width: int) -> list[str]:
    return [line[i:i + width] for i in range(0, len(line), width)] or [""]


def make_town(path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), invariant=1)
    for number, page in enumerate(TOWN_PAGES, 1):
        c.setFont("STSong-Light", 9)
        c.drawString(40, 810, page[0])  # the running head
        c.setFont("STSong-Light", 11)
        y = 780
        for para in page[1:]:
            for line in wrap(para, 36):
                c.drawString(40, y, line)
                y -= 16
            y -= 6
        c.setFont("STSong-Light", 9)
        c.drawString(280, 40, f"— {number} —")  # the page number
        c.showPage()
    c.save()


def main() -> None:
    make_hospital(HERE / "hospital.docx")
    make_road(HERE / "road-form.docx")
    make_town(HERE / "town.pdf")


if __name__ == "__main__":
    main()
