using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ReportPortal.Web.Localization;

/// <summary>The interface text in English, keyed by the Chinese text the views are written in. Chinese is the default
/// culture; when the request's UI culture is English (chosen by the reader, remembered in a cookie), views get the
/// English text. The content itself stays Chinese.</summary>
public sealed class UiStrings : IStringLocalizer
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    private static readonly Dictionary<string, string> s_english = new(StringComparer.Ordinal)
    {
        ["ChatGPT 与 AIGC 报告知识库"] = "ChatGPT & AIGC Report Knowledge Base",
        ["跳到正文"] = "Skip to content",
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
        ["内容维护"] = "Content health",
    };

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public LocalizedString this[string name] =>
        IsEnglish && s_english.TryGetValue(name, out var en) ? new LocalizedString(name, en) : new LocalizedString(name, name, resourceNotFound: IsEnglish);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.CurrentCulture, this[name].Value, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        s_english.Select(kv => this[kv.Key]);

    /// <summary>The name to show for a document: its English name in the English interface, where it has one.</summary>
    public static string NameOf(string title, string? titleEn) => IsEnglish && !string.IsNullOrWhiteSpace(titleEn) ? titleEn : title;
}
