namespace ReportPortal.Knowledge.Content;

/// <summary>How bad a content problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The document is served, but something in it is wrong (a broken link, an unknown field).</summary>
    Warning,

    /// <summary>The file could not be loaded and is left out of the site.</summary>
    Error,
}

/// <summary>Something wrong in <c>content/</c>, with the file (relative to the content folder) and line.</summary>
public sealed record ContentProblem(string File, int Line, ProblemSeverity Severity, string Message)
{
    public override string ToString() => $"{File}:{Line}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
