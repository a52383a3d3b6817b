using ReportPortal.Benchmarks;

// dotnet run -c Release --project tests/ReportPortal.Benchmarks -- perf 1000 10000 100000
// dotnet run -c Release --project tests/ReportPortal.Benchmarks -- strategies
// dotnet run -c Release --project tests/ReportPortal.Benchmarks -- autolink
// dotnet run -c Release --project tests/ReportPortal.Benchmarks -- build 10000
// dotnet run -c Release --project tests/ReportPortal.Benchmarks -- rebuild real 10000
// dotnet build -c Release src/ReportPortal.Web && dotnet run -c Release --project tests/ReportPortal.Benchmarks -- live-load [connections] [seconds]
var command = args.FirstOrDefault() ?? "perf";
switch (command)
{
    case "perf":
        var sizes = args.Skip(1).Select(int.Parse).DefaultIfEmpty(1000).ToList();
        PerfBenchmark.Run(sizes, Console.Out);
        break;
    case "build":
        BuildBenchmark.Run(args.Skip(1).Select(int.Parse), Console.Out);
        break;
    case "autolink":
        AutoLinkBenchmark.Run(Console.Out);
        break;
    case "rebuild":
        RebuildBenchmark.Run(args.Skip(1).DefaultIfEmpty("real"), Console.Out);
        break;
    case "live-load":
        var settings = new ReportPortal.Benchmarks.LiveLoad.LiveLoadBenchmark.Settings();
        settings = settings with
        {
            Connections = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : settings.Connections,
            DuringSeconds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : settings.DuringSeconds,
        };
        await ReportPortal.Benchmarks.LiveLoad.LiveLoadBenchmark.RunAsync(settings, Console.Out);
        break;
    case "strategies":
        StrategyComparison.Run(Console.Out);
        break;
    default:
        Console.Error.WriteLine("usage: perf [sizes…] | build [sizes…] | rebuild [real|size…] | live-load [connections] [seconds] | strategies | autolink");
        return 2;
}

return 0;
