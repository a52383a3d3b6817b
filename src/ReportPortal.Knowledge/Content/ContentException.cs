namespace ReportPortal.Knowledge.Content;

/// <summary>A content file that cannot be loaded, with the file line where the problem is.</summary>
public sealed class ContentException : Exception
{
    public ContentException(int line, string message)
        : base(message) => Line = line;

    public ContentException()
    {
    }

    public ContentException(string message)
        : base(message)
    {
    }

    public ContentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }
}
