using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportPortal.Web.Tests.Portal;

/// <summary>The portal as a real process (<c>dotnet ReportPortal.Web.dll …</c>), for what only a process shows: exit
/// codes, standard error, the working folder, a published layout.</summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    /// <summary>The configuration the tests were built in (Release or Debug), read from the test's own folder.</summary>
    public static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    /// <summary>The web app as built with the tests.</summary>
    public static string BuiltDll => Path.Combine(TestPaths.RepositoryRoot, "src", "ReportPortal.Web", "bin", Configuration, "net10.0", "ReportPortal.Web.dll");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static AppProcess Start(string dll, string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("ASPNETCORE_CONTENTROOT");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var app = new AppProcess(new Process { StartInfo = info });
        app._process.OutputDataReceived += (_, e) => app.Received(e.Data, "out");
        app._process.ErrorDataReceived += (_, e) => app.Received(e.Data, "err");
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Runs a command to its end; returns the exit code, standard output and standard error.</summary>
    public static async Task<(int Exit, string Out, string Error)> RunAsync(string dll, string workingFolder, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var app = Start(dll, workingFolder, environment, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await app._process.WaitForExitAsync(timeout.Token);
        app._process.WaitForExit(); // the output readers finish
        var lines = app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (app._process.ExitCode,
            string.Join('\n', lines.Where(l => l.StartsWith("out ", StringComparison.Ordinal)).Select(l => l[4..])),
            string.Join('\n', lines.Where(l => l.StartsWith("err ", StringComparison.Ordinal)).Select(l => l[4..])));
    }

    /// <summary>The address Kestrel reports once it listens (start it with <c>--urls http://127.0.0.1:0</c>).</summary>
    public async Task<Uri> ListeningAsync()
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(TimeSpan.FromMinutes(3)));
        return first == _listening.Task ? await _listening.Task : throw new InvalidOperationException("the portal did not start:\n" + Output);
    }

    private void Received(string? line, string stream)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(stream).Append(' ').Append(line).Append('\n');
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://[^\s]+)")]
    private static partial Regex Listening();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
