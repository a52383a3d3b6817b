namespace ReportPortal.Web.Localization;

/// <summary>English texts of the reader features: structured data, data downloads, API reference, highlighting,
/// citations, graph zoom.</summary>
public sealed partial class UiStrings
{
    private static readonly Dictionary<string, string> s_readerEnglish = new(StringComparer.Ordinal)
    {
        // Head and lists
        ["报告全部 {0} 个部分的目录，每部分附一句话概要。"] = "The contents of the report: all {0} parts, each with a one-line summary.",
        ["报告中提到的 {0} 个{1}，每个条目附一句话概要。"] = "The {0} {1} the report mentions, each with a one-line summary.",
        ["报告中的 {0} 个术语与技术，中英文对照，按类别排列。"] = "The report's {0} terms and technologies, Chinese and English, by category.",

        // Data
        ["数据下载"] = "Data downloads",
        ["下载知识库的全部条目（JSON）、全部关系（CSV）、整张关系图（GraphML）和时间线（JSON Lines），用于 Gephi、NetworkX 或电子表格。"] =
            "Download every entry (JSON), every relation (CSV), the whole graph (GraphML) and the timeline (JSON Lines) of the knowledge base, for Gephi, NetworkX or a spreadsheet.",
        ["条目"] = "entries",
        ["关系"] = "Relations",
        ["条边"] = "edges",
        ["个事件"] = "events",
        ["全部条目（章节和各类条目，不含正文）：编号、类型、中英文名、别名、概要、页面地址、信息框字段（引用其他条目的字段给出条目编号）和报告出处。"] =
            "Every entry (chapters and profiles, without their text): id, kind, Chinese and English names, aliases, summary, page address, infobox fields (an entry id where a field names another entry) and where in the report its facts come from.",
        ["每条关系一行：两端的编号、名称和类型，关系类型、正向名称（主体→客体）和反向名称（客体→主体），日期、金额、说明和出处。UTF-8（带 BOM），可直接用 Excel 或 WPS 打开。"] =
            "One row per relation: both ends' ids, names and kinds, the relation type, its name read forwards (subject → object) and backwards (object → subject), date, amount, note and source. UTF-8 with a byte order mark: opens directly in Excel or LibreOffice.",
        ["整张关系图：每个条目是一个节点（类型、中英文名、别名、概要、地址），每条关系是一条有向边（类型、正反向名称、日期、金额、说明、出处）。可用 Gephi、yEd、Cytoscape 或 NetworkX 打开。"] =
            "The whole graph: every entry is a node (kind, names, aliases, summary, address), every relation a directed edge (type, names both ways, date, amount, note, source). Opens in Gephi, yEd, Cytoscape or NetworkX.",
        ["时间线：每行一个事件，按时间排列，含报告给出的日期、可解析时的 ISO 日期、精度、类别、内容、是否为预测、涉及的条目编号和出处。"] =
            "The timeline: one event per line, in date order, with the date as the report gives it, the ISO date where it is a plain date, precision, category, text, whether it is a forecast, the ids of the entries involved and the source.",
        ["ChatGPT 与 AIGC 报告知识库数据"] = "ChatGPT & AIGC Report Knowledge Base data",
        ["知识库的全部内容可以整体下载，用于自己的分析：把条目和关系载入 Gephi、NetworkX 或电子表格。文件由当前内容版本生成，内容更新后自动重新生成。"] =
            "The whole knowledge base can be downloaded for your own analysis: load the entries and relations into Gephi, NetworkX or a spreadsheet. The files are generated from the current content and again whenever it changes. Texts are in Chinese.",
        ["可下载的文件"] = "Files to download",
        ["文件"] = "File",
        ["格式"] = "Format",
        ["数量"] = "Records",
        ["大小"] = "Size",
        ["内容"] = "Contents",
        ["每个文件都带 ETag，内容没有变化时再次下载只会得到 304。这些地址也写在 <a href=\"/api-reference\">API 参考</a>和 <a href=\"/openapi/v1.json\">OpenAPI 文档</a>中。"] =
            "Every file has an ETag: downloading it again while the content is unchanged answers 304. The addresses are also in the <a href=\"/api-reference\">API reference</a> and the <a href=\"/openapi/v1.json\">OpenAPI document</a>.",
        ["使用示例"] = "Example",
        ["来源、版权与引用"] = "Source, rights and citation",
        ["数据中的事实来自{0}编写、{1}于 {2} 发布的《{3}》；条目的文字、分类和关系结构由本知识库整理，以我们自己的话写成，每条记录都注明报告中的出处。报告内容的权利属于报告作者。"] =
            "The facts in the data come from 《{3}》 by {0}, published by {1} on {2}. The wording, classification and relation structure of the entries are this knowledge base's own, and every record names where in the report it comes from. The rights to the report's content belong to its authors.",
        ["使用这些数据时，请同时注明报告和本知识库，例如："] = "When you use the data, cite both the report and this knowledge base, for example:",
        ["知识库数据"] = "Knowledge base data",
        // Search, highlighting, citations, footer
        ["在报告全文、条目名称和别名中搜索，中文或英文均可。"] = "Search the report's text, entry names and aliases, in Chinese or English.",
        ["“{0}”的搜索结果：{1} 个相关页面，包括{2}。"] = "Search results for “{0}”: {1} pages, including {2}.",
        ["已在本页标出 {0} 处“{1}”。"] = "{0} places on this page match “{1}”.",
        ["本页正文中没有找到“{0}”。"] = "“{0}” does not occur in the text of this page.",
        ["没有找到与“{0}”匹配的内容。"] = "Nothing matches “{0}”.",
        ["清除高亮"] = "Clear highlighting",
        ["引用本页"] = "Cite this page",
        ["复制"] = "Copy",
        ["API 参考"] = "API reference",
    };
}
