using System.Globalization;
using Microsoft.Extensions.Localization;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Web.Localization;

/// <summary>The interface text in English, keyed by the Chinese text the views are written in. Chinese is the default
/// culture; when the request's UI culture is English (chosen by the reader, remembered in a cookie), views get the
/// English text. The content itself stays Chinese.</summary>
public sealed partial class UiStrings : IStringLocalizer
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    private static readonly Dictionary<string, string> s_english = new(StringComparer.Ordinal)
    {
        ["ChatGPT 与 AIGC 报告知识库"] = "ChatGPT & AIGC Report Knowledge Base",
        ["跳到正文"] = "Skip to content",
        ["单位："] = "Unit: ",
        ["报告引用的来源："] = "Source cited by the report: ",
        ["找不到链接目标："] = "Link target not found: ",
        ["主导航"] = "Main navigation",
        ["菜单"] = "Menu",
        ["章节"] = "Chapters",
        ["术语表"] = "Glossary",
        ["公司"] = "Companies",
        ["技术"] = "Technologies",
        ["产品"] = "Products",
        ["人物"] = "People",
        ["机构"] = "Organisations",
        ["时间线"] = "Timeline",
        ["产业地图"] = "Industry map",
        ["关系图"] = "Graph",
        ["搜索报告（按 / 键聚焦）"] = "Search the report (press / to focus)",
        ["搜索：微软、RLHF、算力…"] = "Search: Microsoft, RLHF, 算力…",
        ["搜索建议"] = "Suggestions",
        ["搜索"] = "Search",
        ["深色"] = "Dark",
        ["切换深色模式"] = "Toggle dark mode",
        ["界面语言"] = "Interface language",
        ["内容依据 2023 年 2 月的《ChatGPT 与 AIGC》行业研究报告整理，以我们自己的文字写成；每页注明出处章节。"] =
            "Based on the February 2023 industry report on ChatGPT and AIGC, written in our own words; every page names the chapter its facts come from. Content is in Chinese.",
        ["作者："] = "Author: ",
        ["发布："] = "Published by: ",
        ["日期："] = "Date: ",
        ["浏览知识库"] = "Explore the knowledge base",
        ["术语与技术，中英文对照"] = "Terms and technologies, Chinese and English",
        ["个条目"] = "entries",
        ["报告目录"] = "Contents",
        ["本章目录"] = "In this chapter",
        ["本章没有分节。"] = "This chapter has no sections.",
        ["返回报告目录"] = "Back to the contents",
        ["报告第 {0} 部分，共 {1} 部分"] = "Part {0} of {1} of the report",
        ["上一章和下一章"] = "Previous and next chapter",
        ["上一章："] = "Previous: ",
        ["下一章："] = "Next: ",
        ["共 {0} 个条目。"] = "{0} entries.",
        ["基本信息"] = "Facts",
        ["类型"] = "Kind",
        ["英文名"] = "English name",
        ["又名"] = "Also known as",
        ["相关事件"] = "Events",
        ["预测"] = "forecast",
        ["提到它的页面（{0}）"] = "Mentioned on ({0})",
        ["（{0} 处）"] = "({0} mentions)",
        ["开头"] = "Opening",
        ["报告出处"] = "Where the report says this",
        ["筛选术语"] = "Filter terms",
        ["筛选"] = "Filter",
        ["报告中的 {0} 个术语与技术，按类别排列。可按中文名、英文名、缩写或别名筛选。"] =
            "{0} terms and technologies of the report, by category. Filter by Chinese or English name, abbreviation or alias.",
        ["例如：RLHF、人类反馈、Transformer"] = "e.g. RLHF, 人类反馈, Transformer",
        ["没有与“{0}”匹配的术语。"] = "No term matches “{0}”.",
        ["搜索词"] = "Search words",
        ["找到 {0} 个相关页面。"] = "{0} pages found.",
        ["按类型筛选"] = "Filter by kind",
        ["全部"] = "All",
        ["页面不存在"] = "Page not found",
        ["没有找到你要的页面。它可能换了地址，或者从未存在。"] = "There is no page at this address.",
        ["回到首页"] = "Home",
        ["查看报告目录"] = "The report's contents",
        ["查看术语表"] = "The glossary",
        ["搜索全站"] = "Search the site",
        ["出错了"] = "Something went wrong",
        ["请求太频繁"] = "Too many requests",
        ["你的网络地址在短时间内发出了太多搜索请求。请稍等片刻再试；阅读页面不受影响。"] =
            "Your network address has sent too many searches in a short time. Wait a moment and try again; reading pages is not affected.",
        ["内容维护"] = "Content health",
        // Timeline
        ["时间线：{0}"] = "Timeline: {0}",
        ["报告中所有注明日期的事件，从 20 世纪 40 年代到报告对未来的预测，按时间排列。"] =
            "Every dated event of the report, from the 1940s to the report's forecasts, in order.",
        ["时间线：与“{0}”相关的事件"] = "Timeline: events involving “{0}”",
        ["报告中 {0} 个注明日期的事件，从 20 世纪 40 年代一直到报告对未来的预测，按时间先后排列。每条事件注明日期的精度、类别、涉及的条目和出处章节。"] =
            "The report's {0} dated events, from the 1940s to its forecasts, in order. Each event gives the precision of its date, its category, the entries it involves and the chapter it comes from. Event texts are in Chinese.",
        ["事件类别"] = "Event category",
        ["涉及的条目类型"] = "Kind of entry involved",
        ["涉及的条目 id"] = "Id of an entry involved",
        ["例如：openai"] = "e.g. openai",
        ["显示全部事件"] = "Show all events",
        ["只列出涉及 {0} 的事件。"] = "Only events involving {0}.",
        ["没有符合筛选条件的事件。"] = "No event matches the filter.",
        ["。"] = ". ",
        ["查看全部 {0} 个事件"] = "See all {0} events",
        ["符合条件的事件共 {0} 个（全部 {1} 个）。"] = "{0} matching events (of {1}).",
        ["共 {0} 个事件。"] = "{0} events.",
        ["跳到年代或年份"] = "Jump to a decade or year",
        ["{0} 个事件"] = "{0} events",
        ["精度："] = "Precision: ",
        ["涉及："] = "Involves: ",
        ["出处："] = "Source: ",
        ["没有名为“{0}”的事件类别"] = "There is no event category “{0}”",
        ["没有 id 为“{0}”的条目"] = "There is no entry with the id “{0}”",
        ["没有名为“{0}”的条目类型"] = "There is no kind of entry “{0}”",
        ["{0} 年代"] = "{0}s",
        ["{0} 年"] = "{0}",
        ["历史"] = "History",
        ["OpenAI"] = "OpenAI",
        ["产业"] = "Industry",
        ["市场"] = "Market",
        ["政策"] = "Policy",
        ["出版方"] = "Publisher",
        ["年代"] = "decade",
        ["年"] = "year",
        ["月"] = "month",
        ["日"] = "day",
        ["时间段"] = "period",

        // Industry map
        ["按上游、中游、下游和算力四层排列报告中的公司、机构与产品。"] =
            "The companies, organisations and products of the report in four layers: upstream, midstream, downstream and compute.",
        ["报告第四章<a href=\"/chapters/04-ecosystem-panorama\">“生态全景图”</a>原本是一张图片，没有随文字保留下来。本页代替这张图：它由各公司、机构和产品条目中记录的产业链位置与细分领域生成，共 {0} 个条目。"] =
            "Chapter four of the report, <a href=\"/chapters/04-ecosystem-panorama\">“生态全景图” (ecosystem panorama)</a>, was a picture that did not survive with the text. This page takes its place: it is built from the layer and segment recorded for each company, organisation and product, {0} entries in all.",
        ["报告对产业链的文字说明见<a href=\"/chapters/03-industry-map\">三、产业地图</a>和<a href=\"/chapters/07-industry-panorama\">七、产业全景图</a>。"] =
            "The report describes the industry chain in <a href=\"/chapters/03-industry-map\">三、产业地图 (industry map)</a> and <a href=\"/chapters/07-industry-panorama\">七、产业全景图 (industry panorama)</a>.",
        ["跳到产业链层级"] = "Jump to a layer of the industry chain",
        ["{0}（{1}）"] = "{0} ({1})",
        ["："] = ": ",
        ["{0} 个条目"] = "{0} entries",
        ["{0} 个"] = "{0}",
        ["报告在上游只划分了环节和公司类型，没有点名具体公司（<a href=\"/chapters/03-industry-map#2-1\">三、产业地图 2.1</a>）。各环节的概念见：<a href=\"/terms/data-integration\">数据转换与编排</a>、<a href=\"/terms/data-labeling\">数据标注</a>、<a href=\"/terms/data-governance\">数据治理与合规</a>、<a href=\"/terms/data-lake-warehouse\">数据湖 / 数据仓库</a>。"] =
            "Upstream, the report only names stages and types of company, no particular company (<a href=\"/chapters/03-industry-map#2-1\">三、产业地图 2.1</a>). For the stages see <a href=\"/terms/data-integration\">Data integration / ETL</a>, <a href=\"/terms/data-labeling\">Data labelling / annotation</a>, <a href=\"/terms/data-governance\">Data governance and compliance</a> and <a href=\"/terms/data-lake-warehouse\">Data lake vs data warehouse</a>.",
        ["知识库中还没有条目标为“{0}”。"] = "No entry of the knowledge base is in “{0}” yet.",
        ["上游"] = "Upstream",
        ["中游"] = "Midstream",
        ["下游"] = "Downstream",
        ["算力"] = "Compute",
        ["数据服务"] = "data services",
        ["算法与模型"] = "algorithms and models",
        ["按模态划分的应用"] = "applications by modality",
        ["芯片、服务器与云"] = "chips, servers and cloud",
        ["为模型训练提供数据：数据查询与处理、转换与编排、标注与管理、治理与合规。"] =
            "Data for training models: querying and processing, integration and orchestration, labelling and management, governance and compliance.",
        ["研发和提供算法模型的 AI 实验室、企业研究院与开源社区。"] =
            "The AI labs, corporate research institutes and open-source communities that develop and offer models.",
        ["把模型落地到文本、音频、图片、视频等内容的生成与处理。"] =
            "Putting models to work generating and processing text, audio, images, video and other content.",
        ["支撑训练与推理的芯片、AI 服务器、网络设备和云计算。"] =
            "The chips, AI servers, network equipment and cloud computing behind training and inference.",
        ["其他"] = "Other",

        // Relation graph
        ["关系图谱：{0}"] = "Relation graph: {0}",
        ["关系图谱"] = "Relation graph",
        ["报告中公司、产品、技术、人物、机构和术语之间的关系图，可按类型和关系筛选。"] =
            "How the companies, products, technologies, people, organisations and terms of the report are related, filterable by kind and relation.",
        ["报告中各条目之间的关系：谁投资了谁、谁开发了什么、谁在哪里任职。可按条目类型和关系类型筛选，或输入一个条目，查看它两步之内的关系。"] =
            "How the entries of the report are related: who invested in whom, who developed what, who works where. Filter by kind of entry and type of relation, or enter an entry to see its relations up to two steps away. Relation names are in Chinese.",
        ["筛选关系图"] = "Filter the graph",
        ["中心条目"] = "Centre entry",
        ["编号或名称，如 openai、微软"] = "Id or name, e.g. openai, Microsoft",
        ["留空则显示关联最多的 {0} 个条目。"] = "Leave empty to see the {0} most connected entries.",
        ["条目类型（不勾选即全部）"] = "Kinds of entry (none ticked means all)",
        ["关系类型（不勾选即全部；已选 {0} 种）"] = "Types of relation (none ticked means all; {0} chosen)",
        ["关系类型（不勾选即全部）"] = "Types of relation (none ticked means all)",
        ["显示"] = "Show",
        ["清除筛选"] = "Clear filters",
        ["以「{0}」为中心"] = "Around {0}",
        ["显示 {0} 个两步之内的相关条目（直接相关最多 12 个，间接相关最多 20 个）和 {1} 条关系。"] =
            "{0} related entries up to two steps away (at most 12 direct, at most 20 indirect) and {1} relations. ",
        ["改看全图"] = "See the whole graph",
        ["关联最多的条目"] = "The most connected entries",
        ["当前筛选选中 {0} 个条目、{1} 条关系；图中显示关联最多的 {2} 个条目和它们之间的 {3} 条关系。"] =
            "The filter selects {0} entries and {1} relations; the graph shows the {2} most connected entries and the {3} relations between them.",
        ["图中的关系（{0} 条）"] = "Relations in the graph ({0})",
        ["起点"] = "From",
        ["关系"] = "Relations",
        ["终点"] = "To",
        ["当前筛选条件下没有关系。"] = "No relations match the filter.",
        ["在当前筛选条件下，「{0}」没有可显示的关系。"] = "{0} has no relations that match the filter.",
        ["没有找到“{0}”。请输入条目编号（如 openai），或完整的中文名、英文名或别名（如 微软、Microsoft）。"] =
            "“{0}” was not found. Enter an entry's id (e.g. openai), or its full Chinese or English name or an alias (e.g. 微软, Microsoft).",
        ["关系图：{0} 个条目，{1} 条关系；文字版见图下的关系表"] =
            "Relation graph: {0} entries, {1} relations; the table below the graph gives them as text",
        ["{0}的关系图：{1} 个直接相关条目，{2} 个间接相关条目；文字版见图下的列表"] =
            "Relation graph of {0}: {1} directly related entries, {2} indirectly related entries; the list below the graph gives them as text",
        ["图例"] = "Legend",
        ["将鼠标移到连线上可看关系名称；点击圆点打开条目。"] = "Hover over a line to see the relation; click a dot to open the entry.",
        ["文字版：与「{0}」相关的条目"] = "As text: entries related to {0}",

        // Content health
        ["索引共 {0} 个文档。"] = "The index holds {0} documents. ",
        ["命令行检查："] = "Check from the command line: ",
        ["内容问题（{0}）"] = "Content problems ({0})",
        ["没有发现问题：没有断链、重复的 id 或别名、未知的关系类型或目标，所有文件都符合格式。"] =
            "No problems: no broken links, no duplicate ids or aliases, no unknown relation types or targets, and every file is well formed.",
        ["文件:行"] = "File:line",
        ["级别"] = "Severity",
        ["问题"] = "Problem",
        ["错误（文件未加载）"] = "Error (file not loaded)",
        ["警告"] = "Warning",
        ["没有任何页面链接到的页面（{0}）"] = "Pages nothing links to ({0})",
        ["每个页面都至少被一个其他页面链接或通过关系相连。"] = "Every page is linked from another page or joined to one by a relation.",

        // Search
        ["至少找到 {0} 个相关页面。"] = "At least {0} pages found.",
        ["搜索词太长了：最多 {0} 个字符。"] = "The search is too long: at most {0} characters.",
        ["请输入要搜索的词语，中文或英文均可，例如：微软、RLHF、算力。"] = "Enter words to search for, in Chinese or English, e.g. Microsoft, RLHF, 算力.",
        ["搜索词里没有可以查找的文字或数字。"] = "The search has no letters or digits to look for.",
        ["没有找到与“{0}”匹配的内容。试试更短的词、别的写法，或英文名。"] =
            "Nothing matches “{0}”. Try a shorter word, another spelling, or the English name.",

        // Error
        ["处理这个请求时发生了错误。错误已记录，请稍后再试，或<a href=\"/\">回到首页</a>。"] =
            "An error occurred while handling this request. It has been logged; please try again later, or <a href=\"/\">go to the home page</a>.",
    };

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public LocalizedString this[string name] =>
        IsEnglish && (s_english.TryGetValue(name, out var en) || s_readerEnglish.TryGetValue(name, out en)) ? new LocalizedString(name, en) : new LocalizedString(name, name, resourceNotFound: IsEnglish);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.CurrentCulture, this[name].Value, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        s_english.Concat(s_readerEnglish).Select(kv => this[kv.Key]);

    /// <summary>The name to show for a document: its English name in the English interface, where it has one.</summary>
    public static string NameOf(string title, string? titleEn) => IsEnglish && !string.IsNullOrWhiteSpace(titleEn) ? titleEn : title;

    /// <summary>The name of a document kind (by folder) in the interface language, or null for an unknown kind.</summary>
    public static string? KindName(string kind) =>
        DocumentSchema.ByFolder(kind) is { } spec ? (IsEnglish ? spec.NameEn : spec.Name) : null;

    /// <summary>The name of a document kind (by folder) for a list of several, in the interface language, or null for an
    /// unknown kind. Chinese has one form for both.</summary>
    public static string? KindPlural(string kind) =>
        DocumentSchema.ByFolder(kind) is { } spec ? (IsEnglish ? spec.PluralEn : spec.Name) : null;
}
