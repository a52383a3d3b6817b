namespace ReportPortal.Knowledge.Text;

/// <summary>The key two names are compared on: case and white space do not count (<c>Open AI</c> = <c>openai</c>).</summary>
public static class NameKey
{
    public static string Of(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
}
