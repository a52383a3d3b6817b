namespace ReportPortal.Knowledge.Content;

/// <summary><c>content/report.yaml</c>: what the report is.</summary>
public sealed class ReportInfo
{
    public string Title { get; set; } = "";
    public string? TitleNote { get; set; }
    public string Author { get; set; } = "";
    public string Organisation { get; set; } = "";
    public string Date { get; set; } = "";
    public string Summary { get; set; } = "";
}

/// <summary>One entry of <c>content/relation-types.yaml</c>: how a relation reads from each end.</summary>
public sealed class RelationType
{
    /// <summary>"subject LABEL object", e.g. 投资.</summary>
    public string Label { get; set; } = "";

    /// <summary>"object INVERSE subject", e.g. 获投资.</summary>
    public string Inverse { get; set; } = "";

    /// <summary>A heading to group relations under on a page (资本, 人物…).</summary>
    public string Group { get; set; } = "其他";
}

/// <summary>One dated event of <c>content/timeline.yaml</c>.</summary>
public sealed class TimelineEvent
{
    /// <summary>The date as precise as the report gives it: 1940s, 2019, 2019-07, 2019-07-22.</summary>
    public string Date { get; set; } = "";

    /// <summary>decade, year, month, day or range.</summary>
    public string Precision { get; set; } = "";

    /// <summary>A key to order events by; never shown.</summary>
    public string Sort { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Event { get; set; } = "";
    public List<string> Entities { get; set; } = [];
    public string? Source { get; set; }
    public bool Forecast { get; set; }
}

/// <summary>One table of figures, <c>content/figures/&lt;id&gt;.yaml</c>.</summary>
public sealed class Figure
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? TitleEn { get; set; }
    public string? Chapter { get; set; }
    public string? Section { get; set; }
    public string? Unit { get; set; }
    public string? SourceCited { get; set; }

    /// <summary>bar or none.</summary>
    public string Chart { get; set; } = "none";
    public List<string> Columns { get; set; } = [];
    public List<List<string>> Rows { get; set; } = [];
    public List<string> Notes { get; set; } = [];
}
