"""Builds sources/项目支出绩效自评表.pdf (锦州市石窟研究院, 2023) with reportlab and WenQuanYi Micro Hei (a text
layer, spanned cells); the content is held here in text."""
from pathlib import Path

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
TITLE = "项目支出绩效自评表（2023年度）"
HEADER = [["项目名称", "万佛堂石窟本体保护与数字化展示项目", "", "", "", "", ""],
          ["主管部门", "锦州市文化旅游和广播电视局", "", "实施单位", "锦州市石窟研究院", "", ""]]
FUNDS = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
         ["年度资金总额", "210.00", "202.50", "193.48", "10", "95.55%", "9.55"],
         ["其中：中央文物保护专项资金", "150.00", "150.00", "141.62", "", "", ""],
         ["市级财政资金", "60.00", "52.50", "51.86", "", "", ""],
         ["说明：市级财政资金年中压减7.50万元。", "", "", "", "", "", ""]]
DETAIL = [["支出明细（万元）", "金额"], ["石窟本体加固", "68.40"], ["造像数字化采集", "45.26"],
          ["病害监测设备", "32.18"], ["展陈维护", "27.94"], ["讲解与研学", "19.70"], ["合计", "193.48"]]
INDICATORS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
              ["产出指标", "数量指标", "加固窟龛", "≥12个", "14个", "9个"],
              ["", "", "数字化采集造像", "≥400尊", "436尊", "388尊"],
              ["", "", "病害监测点位", "≥30个", "32个", "28个"],
              ["", "", "研学活动", "≥60场", "72场", "58场"],
              ["", "时效指标", "加固工程完工时间", "10月31日前", "10月12日", ""],
              ["", "", "险情处置响应时间", "≤48小时", "36小时", ""],
              ["效益指标", "社会效益", "接待游客", "≥18万人次", "20.64万人次", "21.37万人次"],
              ["满意度指标", "服务对象满意度", "游客满意度", "≥90%", "95.1%", "94.3%"]]


def build(out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
    st = ParagraphStyle("t", fontName="wqy", fontSize=14, leading=20)
    base = [("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 9),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    w7 = [190, 85, 85, 85, 55, 70, 60]
    story = [Paragraph(TITLE, st), Spacer(1, 8)]
    t = Table(HEADER, colWidths=w7)
    t.setStyle(TableStyle(base + [("SPAN", (1, 0), (6, 0)), ("SPAN", (1, 1), (2, 1)), ("SPAN", (4, 1), (6, 1))]))
    story += [t, Spacer(1, 8)]
    t = Table(FUNDS, colWidths=w7)
    t.setStyle(TableStyle(base + [("SPAN", (0, 4), (6, 4))]))
    story += [t, Spacer(1, 8)]
    t = Table(DETAIL, colWidths=[190, 85])
    t.setStyle(TableStyle(base))
    story += [t, Spacer(1, 8)]
    t = Table(INDICATORS, colWidths=[80, 90, 130, 90, 100, 100])
    t.setStyle(TableStyle(base + [("SPAN", (0, 1), (0, 6)), ("SPAN", (1, 1), (1, 4)), ("SPAN", (1, 5), (1, 6))]))
    story.append(t)
    SimpleDocTemplate(str(out), pagesize=landscape(A4)).build(story)


if __name__ == "__main__":
    build(Path(__file__).parent / "sources" / "项目支出绩效自评表.pdf")
