using System.Security.Cryptography;
using ReportPortal.Knowledge.Content;

namespace ReportPortal.Knowledge.Index.Incremental;

/// <summary>One Markdown file as the loader reads it: its stamp, the document (before name clashes are resolved;
/// null when the file was left out or skipped) and the problems reading it raised, in order.</summary>
internal sealed record LoadedFile(string Relative, FileStamp Stamp, ContentDocument? Document, IReadOnlyList<ContentProblem> Problems);

/// <summary>A file's length, last write time and the hash of its bytes when it was read.</summary>
internal sealed record FileStamp(long Length, long WriteTicks, byte[] Hash)
{
    /// <summary>How long before a scan a file must have been written for its length and time to vouch for its bytes:
    /// a file system keeps write times in coarse steps, so a file written again just after it was read can keep its
    /// time (the "racily clean" case git handles the same way).</summary>
    private static readonly TimeSpan s_settled = TimeSpan.FromSeconds(2);

    public static FileStamp Of(FileInfo file) => new(file.Length, file.LastWriteTimeUtc.Ticks, SHA256.HashData(File.ReadAllBytes(file.FullName)));

    /// <summary>True when <paramref name="file"/> holds the bytes this stamp was made from: same length and write
    /// time, written well before <paramref name="scannedAt"/>, the time the stamp was taken; otherwise by its hash.</summary>
    public bool Matches(FileInfo file, DateTime scannedAt, out FileStamp now)
    {
        now = this;
        if (file.Length == Length && file.LastWriteTimeUtc.Ticks == WriteTicks && file.LastWriteTimeUtc < scannedAt - s_settled)
        {
            return true;
        }

        now = Of(file);
        return now.Hash.AsSpan().SequenceEqual(Hash);
    }
}

/// <summary>The data files as the loader reads them, and the problems they raised, in the loader's order.</summary>
internal sealed record LoadedData(
    ReportInfo Report,
    IReadOnlyDictionary<string, RelationType> RelationTypes,
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<ContentProblem> Problems);

/// <summary>Reads a content folder file by file, as <see cref="ContentLoader.Load"/> does, but keeps each Markdown
/// file's result on its own so that a later version re-reads only the files whose bytes changed. The order of files
/// and problems is the loader's, so the <see cref="ContentSet"/> put together here equals the loader's.
/// <para>It reads each file behind the loader's own guard and reads data files and figures with the loader's own
/// methods; IncrementalUpdateTests compares the two on the fixture and hostile content, and a kept state is checked
/// against its full build's problems before it is used.</para></summary>
internal static class ContentFiles
{
    /// <summary>Every Markdown file the loader reads, in its order.</summary>
    public static List<FileInfo> MarkdownFiles(string root) =>
        [.. new DirectoryInfo(root).EnumerateFiles("*.md", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal)];

    /// <summary>The other files the content fingerprint covers (YAML, and Markdown the loader does not read), by
    /// relative path: a change to any of them needs a full build.</summary>
    public static Dictionary<string, FileInfo> OtherFiles(string root, IEnumerable<FileInfo> markdown)
    {
        var read = markdown.Select(f => f.FullName).ToHashSet(StringComparer.Ordinal);
        return new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => !read.Contains(f.FullName) && !f.Name.StartsWith('.') && f.Extension.ToLowerInvariant() is ".md" or ".yaml" or ".yml")
            .ToDictionary(f => Relative(root, f.FullName), StringComparer.Ordinal);
    }

    public static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    /// <summary>One Markdown file, read as the loader reads it.</summary>
    public static LoadedFile Read(string root, FileInfo info, FileStamp stamp)
    {
        var file = info.FullName;
        var problems = new List<ContentProblem>();
        var relative = Relative(root, file);
        var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "";
        if (folder.Length == 0 && string.Equals(Path.GetFileName(file), "README.md", StringComparison.OrdinalIgnoreCase))
        {
            return new LoadedFile(relative, stamp, null, problems);
        }

        var kind = DocumentSchema.ByFolder(folder);
        if (kind is null)
        {
            problems.Add(new ContentProblem(relative, 1, ProblemSeverity.Error,
                $"unknown kind folder '{folder}' (expected one of: {string.Join(", ", DocumentSchema.Kinds.Select(k => k.Folder))})"));
            return new LoadedFile(relative, stamp, null, problems);
        }

        var document = ContentLoader.Guarded(relative, problems, () => DocumentReader.Read(relative, kind, ContentFile.ReadText(file), problems));
        return new LoadedFile(relative, stamp, document, problems);
    }

    /// <summary>report.yaml, relation-types.yaml, timeline.yaml and figures/*.yaml, as the loader reads them.</summary>
    public static LoadedData ReadData(string root)
    {
        var problems = new List<ContentProblem>();
        var report = ContentLoader.LoadData(root, "report.yaml", problems, () => new ReportInfo { Title = "报告" });
        var relationTypes = ContentLoader.LoadData(root, "relation-types.yaml", problems, () => new Dictionary<string, RelationType>());
        var timeline = ContentLoader.LoadData(root, "timeline.yaml", problems, () => new List<TimelineEvent>());
        var figures = ContentLoader.LoadFigures(root, problems);
        return new LoadedData(report, relationTypes, [.. timeline.OrderBy(e => e.Sort, StringComparer.Ordinal)], figures, problems);
    }

    /// <summary>The content set the loader would return for these files and data: name clashes resolved, references
    /// checked, every loader problem in the loader's order.</summary>
    public static ContentSet Assemble(IEnumerable<LoadedFile> files, LoadedData data)
    {
        var problems = new List<ContentProblem>();
        var documents = new List<ContentDocument>();
        foreach (var file in files)
        {
            problems.AddRange(file.Problems);
            if (file.Document is { } document)
            {
                documents.Add(document);
            }
        }

        problems.AddRange(data.Problems);
        documents = NameClashes.Remove(documents, problems);
        var set = new ContentSet
        {
            Report = data.Report,
            Documents = documents,
            RelationTypes = data.RelationTypes,
            Timeline = data.Timeline,
            Figures = data.Figures,
            Problems = problems,
        };
        ReferenceChecks.Run(set, problems);
        return set;
    }
}
