namespace ReportPortal.Tests.Support;

/// <summary>Where the repository's folders are, seen from a test's bin folder, and scratch copies of content.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The real content of the portal.</summary>
    public static string Content => Path.Combine(RepositoryRoot, "content");

    /// <summary>One broken or hostile content file per case (tests/fixtures/hostile/README.md).</summary>
    public static string HostileContent => Path.Combine(RepositoryRoot, "tests", "fixtures", "hostile");

    /// <summary>A small valid content folder for tests.</summary>
    public static string FixtureContent => Path.Combine(RepositoryRoot, "tests", "fixtures", "content");

    /// <summary>The report's seed and inventory, given to the project read-only beside the repository
    /// (<c>../shared</c> seen from the repository root). A clone elsewhere does not have it: the tests that need it
    /// are skipped there (see <c>tests/README.md</c>).</summary>
    public static string SharedFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>Whether <see cref="SharedFolder"/> exists beside the repository.</summary>
    public static bool HasShared => Directory.Exists(SharedFolder);

    /// <summary>The report's raw text (the first <c>*.txt</c> of <c>../shared/seed</c>), or null.</summary>
    public static string? SeedFile =>
        new[] { Path.Combine(SharedFolder, "seed") }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt"))
            .FirstOrDefault();

    public static string InventoryFolder => Path.Combine(SharedFolder, "inventory");

    /// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
    public static ScratchFolder NewScratch() => new();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReportPortal.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportportal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Copies a content folder into this scratch folder and returns the copy's path.</summary>
    public string CopyOf(string contentFolder, string name = "content")
    {
        var target = System.IO.Path.Combine(Path, name);
        foreach (var file in Directory.EnumerateFiles(contentFolder, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(contentFolder, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a slow machine: the OS temp cleaner takes it
        }
    }
}
