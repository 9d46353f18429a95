"""Builds sources/项目支出绩效自评表.pdf (延边州湿地保护站, 2023) with reportlab and WenQuanYi Micro Hei (a text
layer, spanned cells); the content is held here in text."""
from pathlib import Path

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
TITLE = "项目支出绩效自评表（2023年度）"
HEADER = [["项目名称", "湿地保护与修复项目", "", "", "", "", ""],
          ["主管部门", "延边州林业和草原局", "", "实施单位", "延边州湿地保护站", "", ""]]
FUNDS = [["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
         ["年度资金总额", "186.00", "178.50", "171.36", "10", "96.00%", "9.60"],
         ["其中：中央林业草原湿地保护补助", "120.00", "120.00", "115.84", "", "", ""],
         ["州级财政资金", "66.00", "58.50", "55.52", "", "", ""],
         ["说明：州级财政资金年中收回7.50万元。", "", "", "", "", "", ""]]
DETAIL = [["支出明细（万元）", "金额"], ["退化湿地修复", "58.62"], ["湿地监测", "34.27"],
          ["巡护管理", "31.45"], ["候鸟保护", "26.18"], ["宣传教育", "20.84"], ["合计", "171.36"]]
INDICATORS = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "上年实际"],
              ["产出指标", "数量指标", "修复退化湿地", "≥1200亩", "1356亩", "1180亩"],
              ["", "", "湿地监测样点", "≥60个", "68个", "64个"],
              ["", "", "巡护里程", "≥3.5万公里", "3.82万公里", "3.96万公里"],
              ["", "", "监测记录候鸟", "≥2.5万只", "2.87万只", "2.64万只"],
              ["", "时效指标", "修复工程完工时间", "10月31日前", "10月17日", ""],
              ["", "", "违法线索处置时间", "≤24小时", "16小时", ""],
              ["满意度指标", "服务对象满意度", "周边群众满意度", "≥90%", "94.5%", "93.2%"]]


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
