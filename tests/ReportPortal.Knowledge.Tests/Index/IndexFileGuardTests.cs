using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReportPortal.Knowledge.Index;

namespace ReportPortal.Knowledge.Tests.Index;

/// <summary>Reliability checklist case 23: an index file that is random bytes, truncated, damaged inside, or has a
/// stray <c>-wal</c> beside it is set aside and the index rebuilt from the content; the portal never serves it.</summary>
public sealed class IndexFileGuardTests : IDisposable
{
    private readonly ScratchFolder _scratch = TestPaths.NewScratch();

    public void Dispose() => _scratch.Dispose();

    private string IndexPath => Path.Combine(_scratch.Path, "data", "index.db");

    private static int DocumentCount(IndexStatus status)
    {
        using var db = new PortalDb(PortalDb.OptionsFor(status.ConnectionString + ";Pooling=False"));
        return db.Documents.Count();
    }

    private IndexStatus Ensure() => IndexFile.Ensure(TestPaths.FixtureContent, IndexPath);

    [Fact]
    public void A_sound_index_is_reused_with_nothing_to_repair()
    {
        Ensure();

        var again = Ensure();

        Assert.False(again.Rebuilt);
        Assert.Empty(again.Repairs);
        Assert.False(File.Exists(IndexPath + ".corrupt"));
    }

    [Fact]
    public void Random_bytes_are_set_aside_and_the_index_rebuilt()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(IndexPath)!);
        File.WriteAllBytes(IndexPath, Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7919 % 251)).ToArray());

        var status = Ensure();

        Assert.True(status.Rebuilt);
        Assert.Contains(status.Repairs, r => r.Contains("not an SQLite database", StringComparison.Ordinal));
        Assert.Equal(50_000, new FileInfo(IndexPath + ".corrupt").Length);
        Assert.Equal(12, DocumentCount(status));
    }

    [Fact]
    public void A_truncated_index_is_set_aside_and_rebuilt()
    {
        Ensure();
        var length = new FileInfo(IndexPath).Length;
        using (var file = File.OpenWrite(IndexPath))
        {
            file.SetLength(length / 2); // a copy that stopped halfway
        }

        var status = Ensure();

        Assert.True(status.Rebuilt);
        Assert.Contains(status.Repairs, r => r.Contains($"truncated ({length / 2:N0} of {length:N0} bytes)", StringComparison.Ordinal));
        Assert.Equal(12, DocumentCount(status));
        Assert.Equal(length, new FileInfo(IndexPath).Length);
    }

    [Fact]
    public void A_page_damaged_inside_fails_quick_check_and_is_set_aside()
    {
        Ensure();
        var bytes = File.ReadAllBytes(IndexPath);
        Array.Fill(bytes, (byte)0xA5, 4096 * 3, 4096 * 4); // four pages of garbage in the middle, length unchanged
        File.WriteAllBytes(IndexPath, bytes);

        var status = Ensure();

        Assert.True(status.Rebuilt);
        Assert.Contains(status.Repairs, r => r.Contains("quick_check", StringComparison.Ordinal) || r.Contains("SQLite error", StringComparison.Ordinal));
        Assert.Equal(12, DocumentCount(status));
    }

    [Fact]
    public void A_stray_wal_of_another_database_is_set_aside_not_applied_to_the_index()
    {
        Ensure();
        File.Copy(StrayWal(), IndexPath + "-wal");

        var status = Ensure();

        Assert.False(status.Rebuilt); // the index itself was sound: set aside the stray, then reused
        Assert.Contains(status.Repairs, r => r.StartsWith("index.db-wal: stray", StringComparison.Ordinal));
        Assert.False(File.Exists(IndexPath + "-wal"));
        Assert.True(File.Exists(IndexPath + "-wal.stray"));
        Assert.Equal(12, DocumentCount(status));
    }

    [Fact]
    public void Without_the_guard_sqlite_would_apply_the_stray_wal_even_read_only()
    {
        Ensure();
        File.Copy(StrayWal(), IndexPath + "-wal");

        using var connection = new SqliteConnection(IndexFile.ConnectionStringFor(IndexPath) + ";Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'Intruder'";

        Assert.Equal(1L, command.ExecuteScalar()); // why the guard exists: the other database's table shows through
    }

    /// <summary>The uncheckpointed WAL of another database with the same page size, as a crash or a careless copy leaves it.</summary>
    private string StrayWal()
    {
        var other = Path.Combine(_scratch.Path, "other.db");
        var copy = Path.Combine(_scratch.Path, "other.wal");
        using var connection = new SqliteConnection($"Data Source={other};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE Intruder (x); INSERT INTO Intruder VALUES (1);";
        command.ExecuteNonQuery();
        File.Copy(other + "-wal", copy);
        return copy;
    }
}
