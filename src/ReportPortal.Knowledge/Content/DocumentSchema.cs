namespace ReportPortal.Knowledge.Content;

/// <summary>One infobox field of a kind: its front matter key, its Chinese and English labels,
/// whether it holds a list, and whether its values are document ids (rendered as links).</summary>
public sealed record FieldSpec(string Key, string Label, string LabelEn, bool IsList = false, bool IsIdReference = false);

/// <summary>How one kind is stored, addressed and shown.</summary>
public sealed record KindSpec(
    DocumentKind Kind,
    string Folder,
    string UrlSegment,
    string Name,
    string NameEn,
    string PluralEn,
    IReadOnlyList<FieldSpec> Fields);

/// <summary>The schema of every kind, in one place: folders, URLs, labels and infobox fields.</summary>
public static class DocumentSchema
{
    /// <summary>Front matter keys every kind may set.</summary>
    public static readonly IReadOnlySet<string> CommonKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "title", "title_en", "aliases", "summary", "sources", "relations", "no_autolink", "alternate_ids",
    };

    private static readonly FieldSpec[] s_organisationFields =
    [
        new("country", "国家/地区", "Country"),
        new("founded", "成立时间", "Founded"),
        new("headquarters", "总部", "Headquarters"),
        new("listing", "上市情况", "Listing"),
        new("layer", "产业链位置", "Industry layer"),
        new("segment", "细分领域", "Segment"),
    ];

    private static readonly FieldSpec[] s_conceptFields =
    [
        new("abbr", "缩写", "Abbreviation"),
        new("category", "类别", "Category"),
        new("year", "提出年份", "Year"),
    ];

    public static readonly IReadOnlyList<KindSpec> Kinds =
    [
        new(DocumentKind.Chapter, "chapter", "chapters", "章节", "Chapter", "Chapters",
            [new("order", "顺序", "Order"), new("number", "编号", "Number")]),
        new(DocumentKind.Term, "term", "terms", "术语", "Term", "Glossary terms", s_conceptFields),
        new(DocumentKind.Technology, "technology", "technologies", "技术", "Technology", "Technologies", s_conceptFields),
        new(DocumentKind.Product, "product", "products", "产品", "Product", "Products",
        [
            new("developer", "开发方", "Developer", IsIdReference: true),
            new("released", "发布时间", "Released"),
            new("based_on", "基于", "Based on", IsList: true, IsIdReference: true),
            new("layer", "产业链位置", "Industry layer"),
            new("segment", "细分领域", "Segment"),
        ]),
        new(DocumentKind.Company, "company", "companies", "公司", "Company", "Companies", s_organisationFields),
        new(DocumentKind.Organisation, "organisation", "organisations", "机构", "Organisation", "Organisations", s_organisationFields),
        new(DocumentKind.Person, "person", "people", "人物", "Person", "People",
        [
            new("roles", "身份", "Roles", IsList: true),
            new("affiliations", "所属机构", "Affiliations", IsList: true, IsIdReference: true),
        ]),
        new(DocumentKind.Place, "place", "places", "地点", "Place", "Places", []),
        new(DocumentKind.Work, "work", "works", "作品与论文", "Work", "Works",
            [new("year", "年份", "Year"), new("author", "作者", "Author")]),
        new(DocumentKind.Event, "event", "events", "事件", "Event", "Events",
            [new("date", "日期", "Date")]),
    ];

    public static KindSpec Of(DocumentKind kind) => Kinds.First(k => k.Kind == kind);

    public static KindSpec? ByFolder(string folder) => Kinds.FirstOrDefault(k => k.Folder == folder);

    public static KindSpec? ByUrlSegment(string segment) =>
        Kinds.FirstOrDefault(k => string.Equals(k.UrlSegment, segment, StringComparison.OrdinalIgnoreCase));

    /// <summary>The canonical URL of a document, optionally at a section anchor.</summary>
    public static string UrlOf(string folder, string id, string? anchor = null) =>
        UrlOf(ByFolder(folder)?.Kind ?? DocumentKind.Term, id, anchor);

    /// <summary>The canonical URL of a document, optionally at a section anchor.</summary>
    public static string UrlOf(DocumentKind kind, string id, string? anchor = null) =>
        $"/{Of(kind).UrlSegment}/{id}" + (string.IsNullOrEmpty(anchor) ? "" : "#" + Uri.EscapeDataString(anchor));
}
