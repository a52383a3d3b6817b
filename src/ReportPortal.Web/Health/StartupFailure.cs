using System.Globalization;
using Serilog;
using Serilog.Events;

namespace ReportPortal.Web.Health;

/// <summary>A start that fails (bad settings, content or index unreadable, port taken) ends the process with an
/// exception nobody catches: it is logged as fatal through Serilog and flushed, and the process exits with code 1.
/// Before the host's logger exists, a console logger stands in. (Under WebApplicationFactory the test host catches
/// such exceptions itself, so this never fires there.)</summary>
public static class StartupFailure
{
    private static int s_registered;

    public static void LogAsFatal()
    {
        if (Interlocked.Exchange(ref s_registered, 1) == 0)
        {
            AppDomain.CurrentDomain.UnhandledException += (_, e) =>
            {
                Log(e.ExceptionObject as Exception);
                Environment.Exit(1);
            };
        }
    }

    private static void Log(Exception? exception)
    {
        if (!Serilog.Log.IsEnabled(LogEventLevel.Fatal))
        {
            Serilog.Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();
        }

        Serilog.Log.Fatal(exception, "The portal failed to start or stopped on an unhandled exception");
        Serilog.Log.CloseAndFlush();
    }
}
