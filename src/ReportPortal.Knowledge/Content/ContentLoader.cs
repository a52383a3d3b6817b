namespace ReportPortal.Knowledge.Content;

/// <summary>Loads a content folder: every Markdown document and data file. A file that cannot be loaded
/// is left out and reported with its path and line; everything else is loaded.</summary>
public static class ContentLoader
{
    public static ContentSet Load(string contentPath, Diagnostics.BuildProgress? progress = null)
    {
        var root = Path.GetFullPath(contentPath);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"content folder not found: {root}");
        }

        var problems = new List<ContentProblem>();
        var documents = LoadDocuments(root, problems, progress);
        var report = LoadData(root, "report.yaml", problems, () => new ReportInfo { Title = "报告" });
        var relationTypes = LoadData(root, "relation-types.yaml", problems, () => new Dictionary<string, RelationType>());
        var timeline = LoadData(root, "timeline.yaml", problems, () => new List<TimelineEvent>());
        var figures = LoadFigures(root, problems);

        documents = NameClashes.Remove(documents, problems);
        var set = new ContentSet
        {
            Report = report,
            Documents = documents,
            RelationTypes = relationTypes,
            Timeline = [.. timeline.OrderBy(e => e.Sort, StringComparer.Ordinal)],
            Figures = figures,
            Problems = problems,
        };
        ReferenceChecks.Run(set, problems);
        return set;
    }

    private static List<ContentDocument> LoadDocuments(string root, List<ContentProblem> problems, Diagnostics.BuildProgress? progress)
    {
        var documents = new List<ContentDocument>();
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        progress?.Enter("loading", files.Count);
        foreach (var file in files)
        {
            progress?.Advance();
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var folder = relative.Contains('/', StringComparison.Ordinal) ? relative[..relative.IndexOf('/', StringComparison.Ordinal)] : "";
            if (folder.Length == 0 && string.Equals(Path.GetFileName(file), "README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var kind = DocumentSchema.ByFolder(folder);
            if (kind is null)
            {
                problems.Add(new ContentProblem(relative, 1, ProblemSeverity.Error,
                    $"unknown kind folder '{folder}' (expected one of: {string.Join(", ", DocumentSchema.Kinds.Select(k => k.Folder))})"));
                continue;
            }

            if (Guarded(relative, problems, () => DocumentReader.Read(relative, kind, ContentFile.ReadText(file), problems)) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>The one guard every file is read behind: whatever reading it throws, the file is reported with its
    /// line (or line 1 when the failure has none) and left out, and loading goes on with the next file.</summary>
    internal static T? Guarded<T>(string relative, List<ContentProblem> problems, Func<T> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (ContentException ex)
        {
            problems.Add(new ContentProblem(relative, Math.Max(1, ex.Line), ProblemSeverity.Error, ex.Message));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems.Add(new ContentProblem(relative, 1, ProblemSeverity.Error, $"the file could not be read ({ex.GetType().Name}): {FirstLine(ex.Message)}"));
        }

        return null;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0];

    internal static T LoadData<T>(string root, string name, List<ContentProblem> problems, Func<T> fallback)
        where T : class
    {
        var file = Path.Combine(root, name);
        if (!File.Exists(file))
        {
            problems.Add(new ContentProblem(name, 1, ProblemSeverity.Warning, "file not found"));
            return fallback();
        }

        return Guarded(name, problems, () => DataFileReader.Read<T>(ContentFile.ReadText(file))) ?? fallback();
    }

    internal static List<Figure> LoadFigures(string root, List<ContentProblem> problems)
    {
        var folder = Path.Combine(root, "figures");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var figures = new List<Figure>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var relative = "figures/" + Path.GetFileName(file);
            if (Guarded(relative, problems, () => DataFileReader.Read<Figure>(ContentFile.ReadText(file))) is not { } figure)
            {
                continue;
            }

            figure.Id = string.IsNullOrEmpty(figure.Id) ? Path.GetFileNameWithoutExtension(file) : figure.Id;
            if (figures.Exists(f => f.Id == figure.Id))
            {
                problems.Add(new ContentProblem(relative, 1, ProblemSeverity.Error, $"duplicate figure id '{figure.Id}'"));
                continue;
            }

            figures.Add(figure);
        }

        return figures;
    }
}
