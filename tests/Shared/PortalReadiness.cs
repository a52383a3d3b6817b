using Microsoft.Extensions.DependencyInjection;
using ReportPortal.Knowledge.Snapshots;

namespace ReportPortal.Tests.Support;

/// <summary>The portal listens at once and builds its first snapshot in the background: tests that read content wait
/// for that snapshot (or for the build to fail) before their first request.</summary>
public static class PortalReadiness
{
    public static void WaitForSnapshot(IServiceProvider services, TimeSpan? timeout = null)
    {
        var holder = services.GetRequiredService<SnapshotHolder>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
        while (holder.Current is null && holder.LastFailure is null && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }
    }
}
