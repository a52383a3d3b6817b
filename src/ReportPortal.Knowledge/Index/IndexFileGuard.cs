using System.Buffers.Binary;
using Microsoft.Data.Sqlite;

namespace ReportPortal.Knowledge.Index;

/// <summary>What is found in and beside an index file before it is opened (reliability checklist, case 23). Index
/// files are written once, in rollback-journal mode, and never changed, so a <c>-wal</c>, <c>-journal</c> or
/// <c>-shm</c> beside one is stray: SQLite would apply a stray WAL to the file, even read-only, and serve another
/// database's pages. Strays are moved aside (<c>index.db-wal.stray</c>). A file that is not a whole, sound database
/// (not SQLite, shorter than its header says, or failing <c>PRAGMA quick_check</c>) is moved aside to
/// <c>index.db.corrupt</c>, for a look, and rebuilt from the content.</summary>
public static class IndexFileGuard
{
    /// <summary>Files up to this size get a <c>PRAGMA quick_check</c> (about 70 ms for the real content's 9.5 MB
    /// index); larger ones get the header and length checks only, so a prebuilt index of any size opens in
    /// milliseconds.</summary>
    public const long QuickCheckLimit = 32L * 1024 * 1024;

    private static readonly string[] s_companions = ["-wal", "-journal", "-shm"];

    /// <summary>Sets aside stray companions and a damaged file at <paramref name="indexPath"/>; returns one sentence
    /// for each thing done (nothing when all is well).</summary>
    public static IReadOnlyList<string> Inspect(string indexPath)
    {
        var done = SetAsideCompanions(indexPath);
        if (File.Exists(indexPath) && Damage(indexPath) is { } why)
        {
            var name = Path.GetFileName(indexPath);
            File.Move(indexPath, indexPath + ".corrupt", overwrite: true);
            done.Add($"{name}: {why}; moved aside to {name}.corrupt and rebuilt from the content");
        }

        return done;
    }

    /// <summary>Moves aside a <c>-wal</c>, <c>-journal</c> or <c>-shm</c> file beside <paramref name="indexPath"/>.</summary>
    public static List<string> SetAsideCompanions(string indexPath)
    {
        var done = new List<string>();
        foreach (var suffix in s_companions)
        {
            var companion = indexPath + suffix;
            if (File.Exists(companion))
            {
                File.Move(companion, companion + ".stray", overwrite: true);
                var name = Path.GetFileName(companion);
                done.Add($"{name}: stray (index files never have one; SQLite would apply it); moved aside to {name}.stray");
            }
        }

        return done;
    }

    /// <summary>Why the file is not a whole, sound SQLite database, or null when it is.</summary>
    public static string? Damage(string indexPath)
    {
        var length = new FileInfo(indexPath).Length;
        var header = new byte[100];
        int read;
        using (var file = File.OpenRead(indexPath))
        {
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read < header.Length || !header.AsSpan(0, 16).SequenceEqual("SQLite format 3\0"u8))
        {
            return "not an SQLite database";
        }

        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16)) is var size && size == 1 ? 65536 : size;
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
        var sizeIsValid = pages > 0 && header.AsSpan(24, 4).SequenceEqual(header.AsSpan(92, 4)); // SQLite file format, 1.3.9
        var expected = (long)pageSize * pages;
        if (pageSize < 512 || (sizeIsValid ? length < expected : length % pageSize != 0))
        {
            return sizeIsValid ? $"truncated ({length:N0} of {expected:N0} bytes)" : $"truncated ({length:N0} bytes, not whole pages)";
        }

        return length <= QuickCheckLimit ? QuickCheck(indexPath) : null;
    }

    private static string? QuickCheck(string indexPath)
    {
        try
        {
            using var connection = new SqliteConnection(IndexFile.ConnectionStringFor(indexPath) + ";Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(1)";
            var result = command.ExecuteScalar() as string;
            return result == "ok" ? null : $"PRAGMA quick_check: {result}";
        }
        catch (SqliteException ex)
        {
            return $"unreadable (SQLite error {ex.SqliteErrorCode}: {ex.Message})";
        }
    }
}
