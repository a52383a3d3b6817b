using System.Globalization;
using Serilog;
using Serilog.Events;

namespace ReportPortal.Web.Health;

/// <summary>A start that fails (content or index unreadable, port taken, bad settings) is logged as fatal through
/// Serilog and flushed before the process exits. Before the host's logger exists, a console logger stands in.</summary>
public static class StartupFailure
{
    public static int Log(Exception exception)
    {
        if (!Serilog.Log.IsEnabled(LogEventLevel.Fatal))
        {
            Serilog.Log.Logger = new LoggerConfiguration().WriteTo.Console(formatProvider: CultureInfo.InvariantCulture).CreateLogger();
        }

        Serilog.Log.Fatal(exception, "The portal failed to start");
        Serilog.Log.CloseAndFlush();
        return 1;
    }
}
