namespace ReportPortal.Knowledge.Content;

/// <summary>The event kinds of <c>timeline.yaml</c>, in the order a filter offers them, with their Chinese names.</summary>
public static class EventKinds
{
    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("history", "历史"),
        new("openai", "OpenAI"),
        new("industry", "产业"),
        new("market", "市场"),
        new("person", "人物"),
        new("policy", "政策"),
        new("publisher", "出版方"),
    ];

    public static bool IsKnown(string kind) => All.Any(k => k.Key == kind);

    /// <summary>The Chinese name of an event kind, or the kind itself when unknown.</summary>
    public static string NameOf(string kind) => All.FirstOrDefault(k => k.Key == kind).Value ?? kind;

    /// <summary>The Chinese name of a date precision (decade, year, month, day, range).</summary>
    public static string PrecisionName(string precision) => precision switch
    {
        "decade" => "年代",
        "year" => "年",
        "month" => "月",
        "day" => "日",
        "range" => "时间段",
        _ => precision,
    };
}

/// <summary>One layer of the report's industry map: its name (the <c>layer</c> field's value), a slug for anchors,
/// its theme and a one-line explanation.</summary>
public sealed record IndustryLayer(string Name, string Slug, string Theme, string Description);

/// <summary>The four layers of the industry map in the order the report gives them.</summary>
public static class IndustryLayers
{
    /// <summary>What goes under a segment when a document has a layer but no segment.</summary>
    public const string OtherSegment = "其他";

    /// <summary>The kinds of document placed on the map.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["company", "organisation", "product"];

    public static readonly IReadOnlyList<IndustryLayer> All =
    [
        new("上游", "upstream", "数据服务", "为模型训练提供数据：数据查询与处理、转换与编排、标注与管理、治理与合规。"),
        new("中游", "midstream", "算法与模型", "研发和提供算法模型的 AI 实验室、企业研究院与开源社区。"),
        new("下游", "downstream", "按模态划分的应用", "把模型落地到文本、音频、图片、视频等内容的生成与处理。"),
        new("算力", "compute", "芯片、服务器与云", "支撑训练与推理的芯片、AI 服务器、网络设备和云计算。"),
    ];
}

/// <summary>The groups of <c>relation-types.yaml</c> in the order pages show them; other groups follow by name.</summary>
public static class RelationGroups
{
    private static readonly string[] s_order = ["资本", "产品与技术", "人物", "组织", "比较", "其他"];

    public static IReadOnlyList<string> Order => s_order;

    /// <summary>Where a group sorts: its place in <see cref="Order"/>, or after all of them.</summary>
    public static int RankOf(string group) => Array.IndexOf(s_order, group) is var i and >= 0 ? i : s_order.Length;
}
