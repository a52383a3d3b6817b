using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ReportPortal.Knowledge.Search;

/// <summary>How long one search may run inside SQLite. A search over its budget is interrupted by SQLite's progress
/// handler (the only way to stop a running statement: <c>SqliteCommand.Cancel</c> does nothing) and ends in a
/// <see cref="SearchTimeoutException"/>; a cancelled request (the client left) stops the same way.</summary>
public sealed record SearchBudget(TimeSpan Time)
{
    public static readonly SearchBudget Default = new(TimeSpan.FromSeconds(1));

    /// <summary>How many SQLite virtual-machine steps run between two looks at the clock.</summary>
    private const int StepsBetweenChecks = 1000;

    /// <summary>Watches <paramref name="connection"/> until the returned guard is disposed.</summary>
    public Guard Start(SqliteConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new Guard(connection, Time, ct);
    }

    /// <summary>Installs the progress handler on one open connection and removes it when disposed.</summary>
    public sealed class Guard : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly long _deadline;
        private readonly CancellationToken _ct;
        private readonly delegate_progress _handler; // held here: SQLite keeps only a pointer to it

        internal Guard(SqliteConnection connection, TimeSpan budget, CancellationToken ct)
        {
            _connection = connection;
            _ct = ct;
            _deadline = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);
            _handler = _ => Check();
            raw.sqlite3_progress_handler(connection.Handle, StepsBetweenChecks, _handler, null);
        }

        private int Check()
        {
            return _ct.IsCancellationRequested || Stopwatch.GetTimestamp() >= _deadline ? 1 : 0;
        }

        public void Dispose()
        {
            if (_connection.Handle is { } handle)
            {
                raw.sqlite3_progress_handler(handle, 0, null, null);
            }
        }
    }
}

/// <summary>A search ran over its <see cref="SearchBudget"/> and was interrupted; the portal answers 503.</summary>
public sealed class SearchTimeoutException : TimeoutException
{
    public SearchTimeoutException()
    {
    }

    public SearchTimeoutException(string message) : base(message)
    {
    }

    public SearchTimeoutException(string message, Exception inner) : base(message, inner)
    {
    }
}
