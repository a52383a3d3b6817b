namespace ReportPortal.ContentAudit.Tests;

/// <summary>The message of every test skipped because <c>../shared</c> is not beside the repository.</summary>
internal static class SharedFolder
{
    public const string MissingMessage = "../shared/ not found beside the repository: the content audit against the report is skipped";

    /// <summary>Null when <c>../shared</c> exists (the test runs), otherwise the reason to skip it.</summary>
    public static string? SkipReason => TestPaths.HasShared ? null : MissingMessage + $" (looked for {TestPaths.SharedFolder})";
}

/// <summary>A fact that audits the real content against the report's seed or inventory in <c>../shared</c>: it runs
/// when that folder is beside the repository (and then must pass), and is skipped, saying so, when it is not.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute() => Skip = SharedFolder.SkipReason;
}

/// <summary>The theory form of <see cref="SharedFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute() => Skip = SharedFolder.SkipReason;
}
